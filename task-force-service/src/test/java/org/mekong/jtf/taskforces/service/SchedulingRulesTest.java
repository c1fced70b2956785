package org.mekong.jtf.taskforces.service;

import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.taskforces.domain.MemberRole;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.*;

/** The scheduling rules on their own: mixed and commanded, windows, overlap, a common language. */
class SchedulingRulesTest {

    private static SchedulingRules.Member member(String id, String country, MemberRole role, String... languages) {
        return new SchedulingRules.Member(id, country, role, Set.of(languages));
    }

    @Test
    void activeNeedsTwoCountriesAndACommander() {
        var vnCommander = member("a", "VN", MemberRole.COMMANDER, "vi");
        var vnAnalyst = member("b", "VN", MemberRole.ANALYST, "vi");
        var laInvestigator = member("c", "LA", MemberRole.INVESTIGATOR, "lo");
        assertEquals("not-mixed", slug(() -> SchedulingRules.requireActivatable(List.of(vnCommander, vnAnalyst))));
        assertEquals("not-mixed", slug(() -> SchedulingRules.requireActivatable(List.of())));
        assertEquals("no-commander", slug(() -> SchedulingRules.requireActivatable(List.of(vnAnalyst, laInvestigator))));
        assertDoesNotThrow(() -> SchedulingRules.requireActivatable(List.of(vnCommander, laInvestigator)));
    }

    @Test
    void windowsRunForwardAndTouchingWindowsDoNotOverlap() {
        Instant six = Instant.parse("2026-03-01T06:00:00Z");
        Instant noon = Instant.parse("2026-03-01T12:00:00Z");
        Instant six2 = Instant.parse("2026-03-01T18:00:00Z");
        assertThrows(ProblemException.class, () -> SchedulingRules.requireWindow(noon, six));
        assertThrows(ProblemException.class, () -> SchedulingRules.requireWindow(noon, noon));
        assertThrows(ProblemException.class, () -> SchedulingRules.requireWindow(six, six.plusSeconds(367L * 86400)));
        assertDoesNotThrow(() -> SchedulingRules.requireWindow(six, noon));
        assertTrue(SchedulingRules.overlaps(six, six2, noon, noon.plusSeconds(1)));
        assertTrue(SchedulingRules.overlaps(six, noon, six, noon));
        assertFalse(SchedulingRules.overlaps(six, noon, noon, six2));
        assertFalse(SchedulingRules.overlaps(noon, six2, six, noon));
    }

    @Test
    void aDeploymentNeedsACommonLanguageOrAnInterpreter() {
        var vn = member("vn", "VN", MemberRole.COMMANDER, "vi", "en");
        var th = member("th", "TH", MemberRole.INVESTIGATOR, "th");
        var la = member("la", "LA", MemberRole.INVESTIGATOR, "lo", "th", "en");
        var interpreter = member("int", "TH", MemberRole.INTERPRETER, "th", "vi");
        assertEquals(Set.of("en"), SchedulingRules.commonLanguages(List.of(vn, la)));
        assertFalse(SchedulingRules.languageGap(List.of(vn, la), false));
        assertFalse(SchedulingRules.languageGap(List.of(vn), false), "one officer talks to nobody");
        assertFalse(SchedulingRules.languageGap(List.of(vn, th, interpreter), false));
        ProblemException refused = assertThrows(ProblemException.class, () -> SchedulingRules.languageGap(List.of(vn, th), false));
        assertEquals(422, refused.status());
        assertEquals("officers", refused.violations().get(0).field());
        assertTrue(SchedulingRules.languageGap(List.of(vn, th), true), "accepted knowingly: flagged");
        assertEquals(Set.of(), SchedulingRules.commonLanguages(List.of(vn, th, la)));
    }

    private static String slug(Runnable rule) {
        return assertThrows(ProblemException.class, rule::run).slug();
    }
}
