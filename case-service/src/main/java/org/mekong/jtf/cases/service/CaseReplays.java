package org.mekong.jtf.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.idempotency.IdempotentReplays;
import org.mekong.jtf.common.security.Caller;

import java.util.UUID;

/**
 * A replayed create in the case service reads back a case or a record of one: the caller must still
 * see that case (404 otherwise, as for any read) and the read is audited. A sighting is read back
 * through its wanted entry, as any agency may record one.
 */
@ApplicationScoped
public class CaseReplays implements IdempotentReplays {

    private final CaseAccess access;
    private final WantedService wanted;

    public CaseReplays(CaseAccess access, WantedService wanted) {
        this.access = access;
        this.wanted = wanted;
    }

    @Override
    public Uni<Void> replayed(Caller caller, String objectType, String createdId, Object[] arguments) {
        // a sighting's create takes (caller, wantedId, request): it is reached through the wanted entry, not a case
        if (WantedService.SIGHTING.equals(objectType)) {
            return wanted.replayed(caller, (UUID) arguments[1], createdId);
        }
        // a case record's create takes (caller, caseId, request); a case's create made the case itself
        UUID caseId = CaseAccess.CASE.equals(objectType) ? UUID.fromString(createdId) : (UUID) arguments[1];
        return access.replayed(caller, caseId, objectType, createdId);
    }
}
