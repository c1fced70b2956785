package org.mekong.jtf.cases.domain;

import java.util.Map;
import java.util.Set;

/** Lifecycle of a joint case: OPEN → ACTIVE → SUSPENDED ⇄ ACTIVE → CLOSED. */
public enum CaseStatus {
    OPEN, ACTIVE, SUSPENDED, CLOSED;

    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            OPEN, Set.of(ACTIVE),
            ACTIVE, Set.of(SUSPENDED, CLOSED),
            SUSPENDED, Set.of(ACTIVE),
            CLOSED, Set.of());

    public boolean canBecome(CaseStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
