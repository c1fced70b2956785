package org.mekong.jtf.intel.rest;

import jakarta.ws.rs.QueryParam;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.SubstanceTag;
import org.mekong.jtf.intel.domain.Tlp;
import org.mekong.jtf.intel.repository.ReportRepository;

import java.util.Locale;

/** The filters of a report list (and of a STIX export of one), checked into a repository filter. */
public class ReportQuery {

    @QueryParam("originator")
    public String originator;
    @QueryParam("recipient")
    public String recipient;
    @QueryParam("substance")
    public String substance;
    @QueryParam("routeCountry")
    public String routeCountry;
    /** Source reliability at least this good: B means A or B. */
    @QueryParam("reliability")
    public String reliability;
    /** Information credibility at least this good: 2 means 1 or 2. */
    @QueryParam("credibility")
    public String credibility;
    @QueryParam("tlp")
    public String tlp;
    @QueryParam("handling")
    public String handling;
    @QueryParam("caseRef")
    public String caseReference;
    @QueryParam("q")
    public String text;
    @QueryParam("status")
    public String status;
    @QueryParam("from")
    public String from;
    @QueryParam("to")
    public String to;

    ReportRepository.Filter filter(ReportKind kind) {
        return new ReportRepository.Filter(kind, agency(originator, "originator"), agency(recipient, "recipient"),
                QueryParams.enumValue(substance, "substance", SubstanceTag.class), country(routeCountry),
                reliability(reliability), credibility == null || credibility.isBlank() ? null
                : QueryParams.integer(credibility, "credibility", 6, 1, 6),
                tlp(tlp), QueryParams.enumValue(handling, "handling", HandlingCode.class),
                QueryParams.text(caseReference, "caseRef", 64), QueryParams.text(text, "q", 200),
                QueryParams.enumValue(status, "status", ReportStatus.class), QueryParams.instant(from, "from"),
                QueryParams.instant(to, "to"));
    }

    private static String agency(String value, String name) {
        String code = QueryParams.text(value, name, 32);
        if (code != null && !code.matches(Agencies.CODE)) {
            throw ProblemException.badRequest(name, "must be an agency code such as TH-ONCB");
        }
        return code;
    }

    private static String country(String value) {
        String code = QueryParams.text(value, "routeCountry", 2);
        if (code != null && !org.mekong.jtf.common.validation.CountryCode.Validator.isCountry(code)) {
            throw ProblemException.badRequest("routeCountry", "must be an ISO 3166-1 alpha-2 country code, e.g. LA");
        }
        return code;
    }

    private static String reliability(String value) {
        String letter = QueryParams.text(value, "reliability", 1);
        if (letter != null && !letter.toUpperCase(Locale.ROOT).matches("[A-F]")) {
            throw ProblemException.badRequest("reliability", "must be an Admiralty source grade A-F");
        }
        return letter == null ? null : letter.toUpperCase(Locale.ROOT);
    }

    /** AMBER+STRICT arrives as "AMBER STRICT" when the + was not escaped in the query string. */
    private static Tlp tlp(String value) {
        String label = QueryParams.text(value, "tlp", 20);
        if (label == null) {
            return null;
        }
        String name = label.toUpperCase(Locale.ROOT).replaceFirst("^TLP:", "").replace('+', '_').replace(' ', '_');
        for (Tlp t : Tlp.values()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw ProblemException.badRequest("tlp", "must be one of CLEAR, GREEN, AMBER, AMBER+STRICT, RED");
    }
}
