package org.mekong.jtf.intel.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.idempotency.IdempotentReplays;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.ReportKind;

import java.util.List;
import java.util.UUID;

/**
 * A replayed create in the intel service reads back what the first request made: a report (or
 * note), or a share of one — the caller must still see the report —, a hotline message the caller
 * must still see, or an agreement proposal, which everyone may read. The read is audited.
 */
@ApplicationScoped
public class IntelReplays implements IdempotentReplays {

    private final ReportAccess access;
    private final HotlineService hotline;
    private final AuditLog audit;

    public IntelReplays(ReportAccess access, HotlineService hotline, AuditLog audit) {
        this.access = access;
        this.hotline = hotline;
        this.audit = audit;
    }

    @Override
    public Uni<Void> replayed(Caller caller, String objectType, String createdId, Object[] arguments) {
        if (AgreementService.PROPOSAL.equals(objectType)) {
            return audit.readAll(caller, "replay", List.of(new AuditLog.Touched(objectType, createdId, caller.agency())));
        }
        if (HotlineService.MESSAGE.equals(objectType)) {
            return hotline.replayed(caller, UUID.fromString(createdId));
        }
        // a report's create takes (caller, kind, request); a share's (caller, kind, reportId, request)
        ReportKind kind = (ReportKind) arguments[1];
        UUID reportId = DistributionService.SHARE.equals(objectType) ? (UUID) arguments[2] : UUID.fromString(createdId);
        return access.visible(caller, kind, reportId).flatMap(report -> access.read(caller, "replay", List.of(report)));
    }
}
