package org.mekong.jtf.cases;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Callers and shortcuts shared by the tests. */
final class Api {

    static final String VN_INVESTIGATOR = Tokens.officer("vn-inv-1", "VN-C04", "VN", "investigator");
    static final String VN_SUPERVISOR = Tokens.officer("vn-sup-1", "VN-C04", "VN", "supervisor");
    static final String VN_ANALYST = Tokens.officer("vn-ana-1", "VN-C04", "VN", "analyst");
    static final String VN_LIAISON = Tokens.officer("vn-lia-1", "VN-C04", "VN", "liaison");
    static final String VN_AUDITOR = Tokens.officer("vn-aud-1", "VN-C04", "VN", "auditor");
    static final String TH_INVESTIGATOR = Tokens.officer("th-inv-1", "TH-ONCB", "TH", "investigator");
    static final String TH_SUPERVISOR = Tokens.officer("th-sup-1", "TH-ONCB", "TH", "supervisor");
    static final String TH_AUDITOR = Tokens.officer("th-aud-1", "TH-ONCB", "TH", "auditor");
    static final String LA_INVESTIGATOR = Tokens.officer("la-inv-1", "LA-MPS", "LA", "investigator");
    static final String LA_AUDITOR = Tokens.officer("la-aud-1", "LA-MPS", "LA", "auditor");

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static Map<String, Object> caseBody(String title, String... participants) {
        return Map.of("title", title, "summary", "Heroin corridor Xiengkhouang - Nghe An", "priority", "HIGH",
                "tlp", "AMBER", "openedOn", LocalDate.now().minusDays(30).toString(),
                "participatingAgencies", participants);
    }

    /** Opens a case and returns its id. */
    static String openCase(String token, String title, String... participants) {
        return as(token).body(caseBody(title, participants)).post("/api/cases")
                .then().statusCode(201).extract().path("id");
    }

    static String addSubject(String token, String caseId, String name, String nationality) {
        return as(token).body(Map.of("fullName", name, "nationality", nationality, "role", "COURIER", "status", "WANTED"))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
    }

    /** A valid create body for each kind of record of a case, by its collection name. */
    static Map<String, Map<String, Object>> recordSamples(String subjectId) {
        return Map.of(
                "subjects", Map.of("fullName", "Sample person", "role", "COURIER", "status", "WANTED"),
                "arrests", Map.of("subjectId", subjectId, "country", "VN", "arrestedAt", "2025-03-15T01:00:00Z"),
                "seizures", Map.of("substance", "HEROIN", "quantity", 2, "unit", "KG", "country", "VN", "seizedAt", "2025-03-15T01:00:00Z"),
                "assets", Map.of("type", "CAR", "count", 1, "country", "VN", "seizedAt", "2025-03-15T01:00:00Z"),
                "extraditions", Map.of("subjectId", subjectId, "requestingCountry", "VN", "requestedCountry", "LA",
                        "legalBasis", "BILATERAL_AGREEMENT", "agreement", "VN-LA treaty 2010", "requestedOn", "2025-05-01"),
                "warrants", Map.of("subjectId", subjectId, "issuingAuthority", "Hanoi People's Court", "issuedOn", "2025-04-01",
                        "offence", "Trafficking", "reference", "W-1"));
    }

    /** Who may create a kind of record (extraditions are the liaison officers'). */
    static String creatorOf(String kind) {
        return kind.equals("extraditions") ? VN_LIAISON : VN_INVESTIGATOR;
    }

    static String etagOf(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }
}
