package org.mekong.jtf.cases.domain;

import java.util.Map;
import java.util.Set;

/** ACTIVE until the person is surrendered or handed over (EXECUTED) or the warrant is withdrawn. */
public enum WarrantStatus {
    ACTIVE, EXECUTED, WITHDRAWN;

    private static final Map<WarrantStatus, Set<WarrantStatus>> ALLOWED = Map.of(
            ACTIVE, Set.of(EXECUTED, WITHDRAWN),
            EXECUTED, Set.of(),
            WITHDRAWN, Set.of());

    public boolean canBecome(WarrantStatus next) {
        return ALLOWED.get(this).contains(next);
    }
}
