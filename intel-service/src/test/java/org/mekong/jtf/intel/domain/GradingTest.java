package org.mekong.jtf.intel.domain;

import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.problem.ProblemException;

import static org.junit.jupiter.api.Assertions.*;

/** The Admiralty scale as stored, and the documented mapping of Europol's 4×4 onto it. */
class GradingTest {

    @Test
    void admiraltyGradesAreKeptAsGiven() {
        Grading g = Grading.of(null, "b", 2);
        assertEquals("B2", g.code());
        assertNull(g.gradedAs());
        assertEquals(70, g.stixConfidence());
        assertNull(Grading.of(GradingScale.ADMIRALTY, "F", 6).stixConfidence(), "truth cannot be judged: no confidence");
        assertEquals(90, Grading.of(GradingScale.ADMIRALTY, "A", 1).stixConfidence());
        assertEquals(10, Grading.of(GradingScale.ADMIRALTY, "E", 5).stixConfidence());
    }

    @Test
    void europolGradesMapOntoTheAdmiraltyScale() {
        assertEquals("A1", Grading.of(GradingScale.EUROPOL, "A", 1).code());
        assertEquals("B2", Grading.of(GradingScale.EUROPOL, "B", 2).code());
        assertEquals("D3", Grading.of(GradingScale.EUROPOL, "C", 3).code());
        Grading unknown = Grading.of(GradingScale.EUROPOL, "X", 4);
        assertEquals("F6", unknown.code());
        assertEquals("EUROPOL X4", unknown.gradedAs());
    }

    @Test
    void gradesOffTheScaleAreRefusedNamingTheField() {
        assertEquals("sourceReliability", field(() -> Grading.of(null, "G", 1)));
        assertEquals("informationCredibility", field(() -> Grading.of(null, "A", 7)));
        assertEquals("informationCredibility", field(() -> Grading.of(null, "A", 0)));
        assertEquals("sourceReliability", field(() -> Grading.of(GradingScale.EUROPOL, "D", 1)));
        assertEquals("informationCredibility", field(() -> Grading.of(GradingScale.EUROPOL, "A", 5)));
        assertEquals("sourceReliability", field(() -> Grading.of(null, " ", 1)));
    }

    private static String field(Runnable grading) {
        ProblemException e = assertThrows(ProblemException.class, grading::run);
        assertEquals(400, e.status());
        return e.violations().get(0).field();
    }
}
