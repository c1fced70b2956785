package org.mekong.jtf.taskforces.domain;

import java.util.Map;
import java.util.Set;

/** FORMING → ACTIVE → STOOD_DOWN (a forming task force may also stand down); nothing else. */
public enum TaskForceStatus {
    FORMING, ACTIVE, STOOD_DOWN;

    private static final Map<TaskForceStatus, Set<TaskForceStatus>> NEXT = Map.of(
            FORMING, Set.of(ACTIVE, STOOD_DOWN),
            ACTIVE, Set.of(STOOD_DOWN),
            STOOD_DOWN, Set.of());

    public boolean canBecome(TaskForceStatus next) {
        return NEXT.get(this).contains(next);
    }
}
