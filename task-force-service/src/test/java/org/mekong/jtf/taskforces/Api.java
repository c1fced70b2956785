package org.mekong.jtf.taskforces;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.eclipse.microprofile.config.ConfigProvider;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Callers, the roster and the real case service, as the task-force tests use them. */
final class Api {

    static final String TASK_FORCES = "/api/task-forces";

    static final String VN_COMMANDER = Tokens.officer("vn-cmd-1", "VN-C04", "VN", "commander");
    static final String VN_SUPERVISOR = Tokens.officer("vn-sup-1", "VN-C04", "VN", "supervisor");
    static final String VN_INVESTIGATOR = Tokens.officer("vn-inv-1", "VN-C04", "VN", "investigator");
    static final String LA_SUPERVISOR = Tokens.officer("la-sup-1", "LA-MPS", "LA", "supervisor");
    static final String LA_COMMANDER = Tokens.officer("la-cmd-1", "LA-MPS", "LA", "commander");
    static final String LA_INVESTIGATOR = Tokens.officer("la-inv-1", "LA-MPS", "LA", "investigator");
    static final String TH_SUPERVISOR = Tokens.officer("th-sup-1", "TH-ONCB", "TH", "supervisor");
    static final String TH_COMMANDER = Tokens.officer("th-cmd-1", "TH-ONCB", "TH", "commander");
    static final String KH_COMMANDER = Tokens.officer("kh-cmd-1", "KH-NACD", "KH", "commander");

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String tokenOf(String officerId, String agency, String... roles) {
        return Tokens.officer(officerId, agency, agency.substring(0, 2), roles);
    }

    /** Puts an officer on the roster through their agency's supervisor; returns the officer id. */
    static String officer(String agency, String name, List<String> languages) {
        String id = unique(agency.toLowerCase().replace('-', '.'));
        as(tokenOf("sup-" + agency, agency, "supervisor"))
                .body(Map.of("officerId", id, "name", name, "rank", "Major", "languages", languages, "specialties", List.of("surveillance")))
                .post("/api/officers").then().statusCode(201);
        return id;
    }

    static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    static String form(String token, String name, List<String> cases) {
        return as(token).body(Map.of("name", name, "mandate", "Dismantle the Bokeo-Nghe An heroin network", "cases", cases))
                .post(TASK_FORCES).then().statusCode(201).extract().path("id");
    }

    /** Adds a member (the task force's If-Match read first); returns the membership id. */
    static String join(String token, String taskForce, String officerId, String role, String reportsTo) {
        String path = TASK_FORCES + "/" + taskForce;
        return as(token).header("If-Match", etag(token, path)).body(Map.of("officerId", officerId, "role", role, "reportsTo", reportsTo))
                .post(path + "/members").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> deployment(List<String> officers, String startsAt, String endsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("country", "LA");
        body.put("province", "LA-BK");
        body.put("placeName", "Ton Pheung checkpoint");
        body.put("kind", "CHECKPOINT");
        body.put("startsAt", startsAt);
        body.put("endsAt", endsAt);
        body.put("officers", officers);
        return body;
    }

    // --- the real case service, asked directly

    static String caseService() {
        return ConfigProvider.getConfig().getValue(CaseServiceUnderTest.REAL_URL, String.class);
    }

    static String switchControl() {
        return ConfigProvider.getConfig().getValue(CaseServiceUnderTest.CONTROL_URL, String.class);
    }

    /** Opens a case in the case service; returns its id. */
    static String openCase(String token, String title, String... participants) {
        return as(token).baseUri(caseService()).body(Map.of("title", title, "priority", "HIGH", "tlp", "AMBER",
                        "openedOn", LocalDate.now().minusDays(10).toString(), "participatingAgencies", List.of(participants)))
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }
}
