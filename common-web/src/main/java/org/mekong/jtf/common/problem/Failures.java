package org.mekong.jtf.common.problem;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a failure is, however the driver, Hibernate Reactive or Mutiny wrapped it: the real cause
 * may be a cause, a suppressed exception or one of a composite's failures.
 */
public final class Failures {

    private Failures() {
    }

    /** Whether the failure or anything it wraps matches. */
    public static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        ArrayDeque<Throwable> pending = new ArrayDeque<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.add(e);
        while (!pending.isEmpty()) {
            Throwable c = pending.poll();
            if (c == null || !seen.add(c)) {
                continue;
            }
            if (test.test(c)) {
                return true;
            }
            if (c.getCause() != null) {
                pending.add(c.getCause());
            }
            pending.addAll(Arrays.asList(c.getSuppressed()));
            if (c instanceof io.smallrye.mutiny.CompositeException composite) {
                pending.addAll(composite.getCauses());
            }
        }
        return false;
    }

    /** The database refused a write by this constraint (named in PostgreSQL's message). */
    public static boolean violates(Throwable e, String constraint) {
        return anyCause(e, c -> c.getMessage() != null && c.getMessage().contains(constraint));
    }
}
