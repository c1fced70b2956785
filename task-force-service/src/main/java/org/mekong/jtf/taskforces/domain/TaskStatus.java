package org.mekong.jtf.taskforces.domain;

import java.util.Map;
import java.util.Set;

/** TODO → IN_PROGRESS → DONE; TODO or IN_PROGRESS → BLOCKED (with a reason) → back to work; DONE is final. */
public enum TaskStatus {
    TODO, IN_PROGRESS, DONE, BLOCKED;

    private static final Map<TaskStatus, Set<TaskStatus>> NEXT = Map.of(
            TODO, Set.of(IN_PROGRESS, BLOCKED),
            IN_PROGRESS, Set.of(DONE, BLOCKED),
            BLOCKED, Set.of(TODO, IN_PROGRESS),
            DONE, Set.of());

    public boolean canBecome(TaskStatus next) {
        return NEXT.get(this).contains(next);
    }
}
