package org.mekong.jtf.cases.domain;

import java.util.Map;
import java.util.Set;

/**
 * REQUESTED → PROVISIONAL_ARREST → FORMAL_REQUEST → APPROVED / REFUSED → SURRENDERED (after approval).
 * A provisional arrest starts the clock of the formal request; approval starts the surrender's.
 */
public enum ExtraditionStatus {
    REQUESTED, PROVISIONAL_ARREST, FORMAL_REQUEST, APPROVED, REFUSED, SURRENDERED;

    private static final Map<ExtraditionStatus, Set<ExtraditionStatus>> ALLOWED = Map.of(
            REQUESTED, Set.of(PROVISIONAL_ARREST, APPROVED, REFUSED),
            PROVISIONAL_ARREST, Set.of(FORMAL_REQUEST, APPROVED, REFUSED),
            FORMAL_REQUEST, Set.of(APPROVED, REFUSED),
            APPROVED, Set.of(SURRENDERED),
            REFUSED, Set.of(),
            SURRENDERED, Set.of());

    public boolean canBecome(ExtraditionStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
