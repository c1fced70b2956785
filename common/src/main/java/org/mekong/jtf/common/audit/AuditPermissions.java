package org.mekong.jtf.common.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.PermissionMap;
import org.mekong.jtf.common.security.Roles;

import java.util.Map;
import java.util.Set;

/** The audit log is read by the owning agency's auditors, in every service. */
@ApplicationScoped
public class AuditPermissions implements PermissionMap {

    public static final String AUDIT_READ = "audit-read";

    @Override
    public Map<String, Set<String>> rolesByPermission() {
        return Map.of(AUDIT_READ, Set.of(Roles.AUDITOR));
    }
}
