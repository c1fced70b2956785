package org.mekong.jtf.common.security;

import java.util.Map;
import java.util.Set;

/**
 * Which roles hold which permission, in one place per module: endpoints name a permission
 * ({@code @PermissionsAllowed(CasePermissions.SEIZURE_RECORD)}), never a list of roles, and the
 * role matrix tests read the same map. Every bean of this type contributes to the check.
 */
public interface PermissionMap {

    /** Permission name to the roles that hold it. Names carry no ':' (Quarkus reads it as name:action). */
    Map<String, Set<String>> rolesByPermission();
}
