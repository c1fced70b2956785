package org.mekong.jtf.taskforces.service;

import org.mekong.jtf.common.problem.Problem;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.taskforces.domain.MemberRole;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rules a commander's plans must keep, on their own so that they are tested on their own:
 * a task force becomes ACTIVE only when it is mixed (members from at least two countries) and has
 * a commander; a deployment's window runs forward and its members can talk to each other (a
 * language they all speak, or an interpreter among them); two windows overlap when each starts
 * before the other ends ([start, end): one ending at 18:00 and the next starting then do not).
 */
public final class SchedulingRules {

    static final Duration LONGEST_DEPLOYMENT = Duration.ofDays(366);

    /** What the rules need to know of a member. */
    public record Member(String officerId, String country, MemberRole role, Set<String> languages) {
    }

    private SchedulingRules() {
    }

    public static void requireActivatable(Collection<Member> current) {
        Set<String> countries = current.stream().map(Member::country).collect(Collectors.toCollection(TreeSet::new));
        if (countries.size() < 2) {
            throw new ProblemException(409, "not-mixed", "Conflict", "a task force becomes ACTIVE only when it is mixed: members from at"
                    + " least two countries (now: " + (countries.isEmpty() ? "none" : String.join(", ", countries)) + ")");
        }
        if (current.stream().noneMatch(m -> m.role() == MemberRole.COMMANDER)) {
            throw new ProblemException(409, "no-commander", "Conflict", "a task force becomes ACTIVE only with a commander among its members");
        }
    }

    public static void requireWindow(Instant startsAt, Instant endsAt) {
        if (!endsAt.isAfter(startsAt)) {
            throw ProblemException.badRequest("endsAt", "must be after startsAt");
        }
        if (Duration.between(startsAt, endsAt).compareTo(LONGEST_DEPLOYMENT) > 0) {
            throw ProblemException.badRequest("endsAt", "a deployment lasts at most a year; plan the next one separately");
        }
    }

    public static boolean overlaps(Instant startA, Instant endA, Instant startB, Instant endB) {
        return startA.isBefore(endB) && startB.isBefore(endA);
    }

    /** The languages every member speaks. */
    public static Set<String> commonLanguages(Collection<Member> members) {
        Set<String> common = null;
        for (Member m : members) {
            if (common == null) {
                common = new TreeSet<>(m.languages());
            } else {
                common.retainAll(m.languages());
            }
        }
        return common == null ? Set.of() : common;
    }

    public static boolean interpreterAmong(Collection<Member> members) {
        return members.stream().anyMatch(m -> m.role() == MemberRole.INTERPRETER);
    }

    /**
     * Members who share no language and have no interpreter with them are refused (422), unless the
     * commander accepts the gap knowingly: then the deployment is flagged. Returns whether it is flagged.
     */
    public static boolean languageGap(Collection<Member> members, boolean accepted) {
        if (members.size() < 2 || !commonLanguages(members).isEmpty() || interpreterAmong(members)) {
            return false;
        }
        if (accepted) {
            return true;
        }
        String who = members.stream().sorted(java.util.Comparator.comparing(Member::officerId))
                .map(m -> m.officerId() + " (" + String.join(", ", new TreeSet<>(m.languages())) + ")").collect(Collectors.joining(", "));
        String message = "these members share no language and none is an interpreter: " + who
                + "; add an interpreter, or send languageGapAccepted: true to deploy them anyway";
        throw new ProblemException(422, "no-common-language", "No common language", "officers: " + message,
                List.of(new Problem.Violation("officers", message)));
    }
}
