package org.mekong.jtf.common.audit;

import java.time.Instant;

/**
 * One audited access as a request hands it over: who (officer, agency), did what (action, and
 * whether it was granted or refused), to which object, owned by which agency, in which request.
 * The sequencer later gives it its place in the owning agency's chain.
 */
public record AuditRecord(Instant occurredAt, String officerId, String agency, String action, String objectType,
                          String objectId, String ownerAgency, String requestId, String outcome) {

    public static final String GRANTED = "granted";
    public static final String REFUSED = "refused";
}
