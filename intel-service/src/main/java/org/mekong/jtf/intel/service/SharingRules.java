package org.mekong.jtf.intel.service;

import org.mekong.jtf.common.problem.Problem;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.Purpose;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Whether an agreement permits a share from one agency to another: between two countries a share
 * must cite an agreement that has both as parties, is in force on the day, covers the purpose and
 * allows the report's handling code; within one country it rests on none. A refusal is a 422 that
 * names what is missing (and, when no agreement was cited, which ones could be).
 */
public final class SharingRules {

    static final String NOT_PERMITTED = "share-not-permitted";

    private SharingRules() {
    }

    /**
     * @param field         where the share is in the request, prefixed to the violation's field ("" or "distribution[1].")
     * @param agreementCode the code the request cites, or null
     * @param agreement     the agreement of that code, or null when there is none
     * @param available     the agreements in force today between the two countries, for the message
     */
    public static void check(String field, String fromAgency, String toAgency, String agreementCode, Agreement agreement,
                             Purpose purpose, HandlingCode handling, LocalDate today, List<Agreement> available) {
        String from = Agencies.countryOf(fromAgency);
        String to = Agencies.countryOf(toAgency);
        if (from.equals(to)) {
            if (agreementCode != null) {
                throw ProblemException.badRequest(field + "agreement", "a share within " + from
                        + " rests on no agreement between countries: leave it out");
            }
            return;
        }
        if (agreementCode == null) {
            String candidates = available.isEmpty() ? "there is none in force between " + from + " and " + to
                    : "in force between them: " + available.stream().map(a -> a.code).collect(Collectors.joining(", "));
            throw refused(field + "agreement", "a share from " + from + " to " + to + " must cite an agreement in force between them ("
                    + candidates + ")");
        }
        if (agreement == null) {
            throw refused(field + "agreement", "there is no agreement " + agreementCode);
        }
        if (!agreement.between(from, to)) {
            throw refused(field + "agreement", "agreement " + agreement.code + " is not between " + from + " and " + to
                    + " (its parties: " + String.join(", ", agreement.parties.stream().sorted().toList()) + ")");
        }
        String lapse = agreement.lapseOn(today);
        if (lapse != null) {
            throw refused(field + "agreement", lapse + "; a share needs an agreement in force");
        }
        if (!agreement.purposes.contains(purpose)) {
            throw refused(field + "purpose", "agreement " + agreement.code + " does not permit sharing for " + purpose
                    + " (it permits " + agreement.purposes.stream().sorted().map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
        if (handling.exceeds(agreement.maxHandling)) {
            throw refused("handling", "agreement " + agreement.code + " allows material up to " + agreement.maxHandling
                    + "; this report is " + handling);
        }
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(422, NOT_PERMITTED, "Share not permitted", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }
}
