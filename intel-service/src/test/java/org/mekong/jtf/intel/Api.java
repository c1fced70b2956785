package org.mekong.jtf.intel;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Callers of five agencies in five countries, and shortcuts shared by the intel tests. */
final class Api {

    static final String REPORTS = "/api/intel/reports";

    static final String VN_ANALYST = Tokens.officer("vn-ana-1", "VN-C04", "VN", "analyst");
    static final String VN_ANALYST_2 = Tokens.officer("vn-ana-2", "VN-C04", "VN", "analyst");
    static final String VN_LIAISON = Tokens.officer("vn-lia-1", "VN-C04", "VN", "liaison");
    static final String VN_SUPERVISOR = Tokens.officer("vn-sup-1", "VN-C04", "VN", "supervisor");
    static final String VN_AUDITOR = Tokens.officer("vn-aud-1", "VN-C04", "VN", "auditor");
    static final String VN_BORDER_ANALYST = Tokens.officer("vn-bd-ana-1", "VN-BDBP", "VN", "analyst");
    static final String TH_ANALYST = Tokens.officer("th-ana-1", "TH-ONCB", "TH", "analyst");
    static final String TH_ANALYST_2 = Tokens.officer("th-ana-2", "TH-ONCB", "TH", "analyst");
    static final String TH_LIAISON = Tokens.officer("th-lia-1", "TH-ONCB", "TH", "liaison");
    static final String TH_SUPERVISOR = Tokens.officer("th-sup-1", "TH-ONCB", "TH", "supervisor");
    static final String LA_ANALYST = Tokens.officer("la-ana-1", "LA-MPS", "LA", "analyst");
    static final String LA_SUPERVISOR = Tokens.officer("la-sup-1", "LA-MPS", "LA", "supervisor");
    static final String KH_ANALYST = Tokens.officer("kh-ana-1", "KH-NACD", "KH", "analyst");
    static final String MM_ANALYST = Tokens.officer("mm-ana-1", "MM-CCDAC", "MM", "analyst");

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String supervisorOf(String agency, String country) {
        return Tokens.officer(country.toLowerCase() + "-sup-x", agency, country, "supervisor");
    }

    static String analystOf(String agency, String country) {
        return Tokens.officer(country.toLowerCase() + "-ana-x", agency, country, "analyst");
    }

    /** A valid report body; the test changes what it is about. */
    static Map<String, Object> report(String title, String tlp, String handling, List<Map<String, Object>> distribution) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", title);
        body.put("body", "Courier network moving WY tablets from Bokeo through Houayxay towards Chiang Rai");
        body.put("sourceReliability", "B");
        body.put("informationCredibility", 2);
        body.put("tlp", tlp);
        body.put("handling", handling);
        if (handling.equals("H3")) {
            body.put("handlingConditions", "Not to be used in any proceedings in a third country");
        }
        body.put("substances", List.of("METHAMPHETAMINE_TABLETS"));
        body.put("route", List.of(Map.of("country", "LA", "place", "Houayxay", "crossing", "RIVER"),
                Map.of("country", "TH", "place", "Chiang Khong", "crossing", "LAND_BORDER")));
        body.put("distribution", distribution);
        return body;
    }

    static Map<String, Object> to(String agency, String agreement, String purpose) {
        Map<String, Object> share = new HashMap<>();
        share.put("agency", agency);
        if (agreement != null) {
            share.put("agreement", agreement);
        }
        share.put("purpose", purpose);
        return share;
    }

    /** Writes a report and returns its id. */
    static String write(String token, Map<String, Object> body) {
        return as(token).body(body).post(REPORTS).then().statusCode(201).extract().path("id");
    }

    static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    static void publish(String token, String id) {
        as(token).header("If-Match", etag(token, REPORTS + "/" + id)).body(Map.of("status", "PUBLISHED"))
                .post(REPORTS + "/" + id + "/transitions").then().statusCode(200);
    }

    /** Writes and publishes a report of VN-C04's analyst; returns its id. */
    static String published(String title, String tlp, String handling, List<Map<String, Object>> distribution) {
        String id = write(VN_ANALYST, report(title, tlp, handling, distribution));
        publish(VN_ANALYST, id);
        return id;
    }

    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * An agreement in force between two countries, agreed through the API: proposed by the first
     * country's supervisor, approved by the second's.
     */
    static String agreement(String code, String agencyA, String agencyB, List<String> purposes, String maxHandling,
                            LocalDate from, LocalDate until) {
        Map<String, Object> proposal = new HashMap<>();
        proposal.put("change", "CREATE");
        proposal.put("code", code);
        proposal.put("title", "Test agreement " + code);
        proposal.put("kind", "BILATERAL");
        proposal.put("parties", List.of(agencyA.substring(0, 2), agencyB.substring(0, 2)));
        proposal.put("purposes", purposes);
        proposal.put("maxHandling", maxHandling);
        proposal.put("validFrom", from.toString());
        if (until != null) {
            proposal.put("validUntil", until.toString());
        }
        proposal.put("reason", "for the test");
        String id = as(supervisorOf(agencyA, agencyA.substring(0, 2))).body(proposal).post("/api/agreements/proposals")
                .then().statusCode(201).extract().path("id");
        decide(supervisorOf(agencyB, agencyB.substring(0, 2)), id, "APPROVE").then().statusCode(200);
        return id;
    }

    static io.restassured.response.Response decide(String token, String proposalId, String decision) {
        String etag = etag(token, "/api/agreements/proposals/" + proposalId);
        return as(token).header("If-Match", etag).body(Map.of("decision", decision, "reason", "decided in a test"))
                .post("/api/agreements/proposals/" + proposalId + "/decisions");
    }

    /** Proposes an amendment or withdrawal by the first agency's supervisor and has the second approve it. */
    static void change(String agencyA, String agencyB, Map<String, Object> proposal) {
        String id = as(supervisorOf(agencyA, agencyA.substring(0, 2))).body(proposal).post("/api/agreements/proposals")
                .then().statusCode(201).extract().path("id");
        decide(supervisorOf(agencyB, agencyB.substring(0, 2)), id, "APPROVE").then().statusCode(200).body("status", org.hamcrest.Matchers.is("APPLIED"));
    }

    // entities named by reports (correlation)

    static Map<String, Object> person(String name, String nationality, Integer birthYear) {
        Map<String, Object> e = entity("PERSON", name, nationality);
        if (birthYear != null) {
            e.put("birthYear", birthYear);
        }
        return e;
    }

    static Map<String, Object> withEntities(Map<String, Object> report, List<Map<String, Object>> entities) {
        Map<String, Object> body = new HashMap<>(report);
        body.put("entities", entities);
        return body;
    }

    static Map<String, Object> entity(String type, String value, String country) {
        Map<String, Object> e = new HashMap<>();
        e.put("type", type);
        e.put("value", value);
        if (country != null) {
            e.put("country", country);
        }
        return e;
    }
}
