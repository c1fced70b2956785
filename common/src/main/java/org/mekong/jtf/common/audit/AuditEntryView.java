package org.mekong.jtf.common.audit;

import java.time.Instant;

/**
 * An audit entry as auditors read it, with its place in the chain and its hashes so that they can
 * check links themselves (seq and hashes are null for the few milliseconds before it is sequenced).
 */
public record AuditEntryView(long id, Instant occurredAt, String officerId, String agency, String action,
                             String objectType, String objectId, String ownerAgency, String requestId,
                             String outcome, Long seq, String prevHash, String hash) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.id, e.occurredAt, e.officerId, e.agency, e.action, e.objectType, e.objectId,
                e.ownerAgency, e.requestId, e.outcome, e.seq, e.prevHash, e.hash);
    }
}
