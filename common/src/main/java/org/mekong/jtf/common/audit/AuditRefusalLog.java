package org.mekong.jtf.common.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.problem.RefusalLog;
import org.mekong.jtf.common.security.CurrentCaller;

/**
 * Refused attempts go to the audit log before they are answered: a refusal about an existing record
 * to the owning agency's chain (its auditors see who tried, from which agency, what and when), one
 * by role or about an id that exists nowhere to the service's own chain.
 */
@ApplicationScoped
public class AuditRefusalLog implements RefusalLog {

    private final AuditLog audit;
    private final CurrentCaller caller;

    public AuditRefusalLog(AuditLog audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @Override
    public Uni<Void> refused(Refusal refusal, String method, String path) {
        AuditLog.Touched touched = refusal == null
                ? new AuditLog.Touched("endpoint", method + " " + path, AuditLog.SERVICE_OWNER)
                : new AuditLog.Touched(refusal.objectType(), refusal.objectId(), refusal.ownerAgency());
        return audit.refused(caller.get(), refusal == null ? "forbidden-by-role" : refusal.action(), touched);
    }
}
