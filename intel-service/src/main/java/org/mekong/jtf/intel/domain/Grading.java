package org.mekong.jtf.intel.domain;

import org.mekong.jtf.common.problem.ProblemException;

import java.util.Locale;
import java.util.Map;

/**
 * Source reliability and information credibility, kept on the Admiralty (NATO 6×6) scale: source A
 * completely reliable, B usually reliable, C fairly reliable, D not usually reliable, E unreliable,
 * F cannot be judged; information 1 confirmed by other sources, 2 probably true, 3 possibly true,
 * 4 doubtful, 5 improbable, 6 truth cannot be judged.
 *
 * <p>Europol's 4×4 is accepted on input and mapped, keeping what was given:
 * source A (no doubt) → A, B (mostly reliable) → B, C (mostly unreliable) → D, X (cannot be
 * assessed) → F; information 1 (no doubt) → 1, 2 (known personally to the source) → 2, 3 (not known
 * personally, corroborated by other information) → 3, 4 (not known personally, not corroborated) → 6.
 * The letters A and B mean the same on both scales, C does not: the scale is always explicit.
 */
public record Grading(char sourceReliability, int informationCredibility, String gradedAs) {

    private static final Map<Character, Character> EUROPOL_SOURCE = Map.of('A', 'A', 'B', 'B', 'C', 'D', 'X', 'F');
    private static final int[] EUROPOL_INFORMATION = {0, 1, 2, 3, 6};

    /** Admiralty code such as "B2". */
    public String code() {
        return "" + sourceReliability + informationCredibility;
    }

    /**
     * @param scale       null means ADMIRALTY
     * @param reliability one letter of the scale
     * @param credibility one digit of the scale
     */
    public static Grading of(GradingScale scale, String reliability, Integer credibility) {
        GradingScale on = scale == null ? GradingScale.ADMIRALTY : scale;
        if (reliability == null || reliability.isBlank()) {
            throw ProblemException.badRequest("sourceReliability", "is required");
        }
        if (credibility == null) {
            throw ProblemException.badRequest("informationCredibility", "is required");
        }
        String letter = reliability.trim().toUpperCase(Locale.ROOT);
        if (on == GradingScale.ADMIRALTY) {
            if (!letter.matches("[A-F]")) {
                throw ProblemException.badRequest("sourceReliability", "must be one of A-F on the Admiralty scale");
            }
            if (credibility < 1 || credibility > 6) {
                throw ProblemException.badRequest("informationCredibility", "must be 1-6 on the Admiralty scale");
            }
            return new Grading(letter.charAt(0), credibility, null);
        }
        if (!letter.matches("[ABCX]")) {
            throw ProblemException.badRequest("sourceReliability", "must be one of A, B, C, X on the Europol scale");
        }
        if (credibility < 1 || credibility > 4) {
            throw ProblemException.badRequest("informationCredibility", "must be 1-4 on the Europol scale");
        }
        return new Grading(EUROPOL_SOURCE.get(letter.charAt(0)), EUROPOL_INFORMATION[credibility], "EUROPOL " + letter + credibility);
    }

    /**
     * STIX 2.1 confidence for the information credibility (the specification's Admiralty Credibility
     * mapping, appendix A): 1 → 90, 2 → 70, 3 → 50, 4 → 30, 5 → 10; 6 has none (null).
     */
    public Integer stixConfidence() {
        return informationCredibility == 6 ? null : 110 - 20 * informationCredibility;
    }
}
