package org.mekong.jtf.cases.domain;

import java.util.Map;
import java.util.Set;

/** REQUESTED → ISSUED (published, or accepted) / REFUSED; a request not refused may be CANCELLED. */
public enum InternationalRequestStatus {
    REQUESTED, ISSUED, REFUSED, CANCELLED;

    private static final Map<InternationalRequestStatus, Set<InternationalRequestStatus>> ALLOWED = Map.of(
            REQUESTED, Set.of(ISSUED, REFUSED, CANCELLED),
            ISSUED, Set.of(CANCELLED),
            REFUSED, Set.of(),
            CANCELLED, Set.of());

    public boolean canBecome(InternationalRequestStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
