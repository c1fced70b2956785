package org.mekong.jtf.common.audit;

import java.time.Instant;

/** An audit entry as auditors read it, hashes included so that they can check links themselves. */
public record AuditEntryView(long id, Instant occurredAt, String officerId, String agency, String action,
                             String objectType, String objectId, String ownerAgency, String requestId,
                             String prevHash, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.occurredAt, e.officerId, e.agency, e.action, e.objectType, e.objectId,
                e.ownerAgency, e.requestId, e.prevHash, e.hash);
    }
}
