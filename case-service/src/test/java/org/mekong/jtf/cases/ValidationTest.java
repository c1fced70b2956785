package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

/** Bad input is a 400 problem+json that names the field, never a 500, and stores nothing. */
@QuarkusTest
class ValidationTest {

    private String caseId;

    @BeforeEach
    void openCase() {
        caseId = Api.openCase(VN_INVESTIGATOR, "Validation case");
    }

    private static Map<String, Object> seizure() {
        Map<String, Object> body = new HashMap<>();
        body.put("substance", "HEROIN");
        body.put("quantity", 12.5);
        body.put("unit", "KG");
        body.put("country", "VN");
        body.put("province", "VN-HN");
        body.put("seizedAt", "2025-05-01T03:00:00Z");
        return body;
    }

    private void refusedSeizure(Object body, String field) {
        as(VN_INVESTIGATOR).body(body).post("/api/cases/" + caseId + "/seizures").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("violations.field", hasItem(field))
                .body(not(containsString("Exception")))
                .body(not(containsString("at org.")));
    }

    @Test
    void malformedJsonIs400() {
        as(VN_INVESTIGATOR).body("{\"substance\": \"HEROIN\", ").post("/api/cases/" + caseId + "/seizures")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", endsWith("/malformed-body")).body(not(containsString("Exception")));
    }

    @Test
    void wrongTypesAndUnknownEnumsAre400() {
        Map<String, Object> body = seizure();
        body.put("quantity", "a lot");
        refusedSeizure(body, "quantity");
        body = seizure();
        body.put("substance", "UNOBTAINIUM");
        refusedSeizure(body, "substance");
        body = seizure();
        body.put("seizedAt", "yesterday");
        refusedSeizure(body, "seizedAt");
    }

    @Test
    void negativeZeroAndAbsurdQuantitiesAre400() {
        Map<String, Object> body = seizure();
        body.put("quantity", -3);
        refusedSeizure(body, "quantity");
        body.put("quantity", 0);
        refusedSeizure(body, "quantity");
        body.put("quantity", 5000);
        body.put("unit", "T");
        refusedSeizure(body, "quantity");
        body = seizure();
        body.put("substance", "METHAMPHETAMINE_TABLETS");
        body.put("unit", "TABLETS");
        body.put("quantity", 1.5);
        refusedSeizure(body, "quantity");
        body = seizure();
        body.put("unit", "PLANTS");
        refusedSeizure(body, "unit");
    }

    @Test
    void unknownCountriesAndProvincesAre400() {
        Map<String, Object> body = seizure();
        body.put("country", "XX");
        refusedSeizure(body, "country");
        body = seizure();
        body.put("province", "TH-10");
        refusedSeizure(body, "province");
        as(VN_INVESTIGATOR).body(Map.of("fullName", "Nguyen Van A", "nationality", "QQ", "role", "COURIER", "status", "WANTED"))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(400).body("violations.field", hasItem("nationality"));
    }

    @Test
    void oversizeStringsAre400() {
        as(VN_INVESTIGATOR).body(Map.of("title", "x".repeat(201), "priority", "LOW", "tlp", "GREEN", "openedOn", "2025-01-01"))
                .post("/api/cases").then().statusCode(400).body("violations.field", hasItem("title"));
        Map<String, Object> body = seizure();
        body.put("forensicNotes", "n".repeat(2001));
        refusedSeizure(body, "forensicNotes");
    }

    @Test
    void missingFieldsAreListedTogether() {
        as(VN_INVESTIGATOR).body(Map.of()).post("/api/cases").then().statusCode(400)
                .body("violations.field", hasItems("title", "priority", "tlp", "openedOn"));
        as(VN_INVESTIGATOR).post("/api/cases").then().statusCode(400);
    }

    @Test
    void badQueryParametersAre400() {
        as(VN_INVESTIGATOR).get("/api/cases?status=WHATEVER").then().statusCode(400).body("violations[0].field", is("status"));
        as(VN_INVESTIGATOR).get("/api/cases?size=1000").then().statusCode(400).body("violations[0].field", is("size"));
        as(VN_INVESTIGATOR).get("/api/cases?openedFrom=last-week").then().statusCode(400);
    }

    /**
     * Refusals that only the service can make (the request is well-formed; the case says no) leave
     * nothing behind: no record, no timeline event, no audit entry of a change.
     */
    @Test
    void refusalsMadeByTheServiceStoreNothing() throws Exception {
        Map<String, Object> notAParticipant = seizure();
        notAParticipant.put("seizingAgencies", java.util.List.of("VN-C04", "TH-ONCB"));
        as(VN_INVESTIGATOR).header("X-Request-Id", "refused-by-service-1").body(notAParticipant)
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(400)
                .body("violations[0].field", is("seizingAgencies")).body("detail", containsString("TH-ONCB"));
        Map<String, Object> wrongUnit = seizure();
        wrongUnit.put("unit", "PLANTS");
        as(VN_INVESTIGATOR).header("X-Request-Id", "refused-by-service-2").body(wrongUnit)
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(400).body("violations[0].field", is("unit"));
        as(VN_INVESTIGATOR).get("/api/cases/" + caseId + "/seizures").then().statusCode(200).body("items", empty());
        as(VN_INVESTIGATOR).get("/api/cases/" + caseId + "/timeline").then().body("total", is(1));
        org.junit.jupiter.api.Assertions.assertEquals(0, Db.count("select count(*) from seizure where case_id = '" + caseId + "'"));
        org.junit.jupiter.api.Assertions.assertEquals(0, Db.count("select count(*) from audit_log where request_id like 'refused-by-service-%'"
                + " and outcome = 'granted'"));
    }

    @Test
    void futureEventsAreRefused() {
        Map<String, Object> body = seizure();
        body.put("seizedAt", Instant.now().plusSeconds(86_400).toString());
        refusedSeizure(body, "seizedAt");
    }

    @Test
    void nullsInsideListsAre400() {
        Map<String, Object> body = new HashMap<>(Api.caseBody("Null participant"));
        body.put("participatingAgencies", java.util.Arrays.asList("LA-MPS", null));
        as(VN_INVESTIGATOR).body(body).post("/api/cases").then().statusCode(400)
                .body("violations.field", hasItem(startsWith("participatingAgencies")));
        Map<String, Object> subject = new HashMap<>(Map.of("fullName", "Alias Null", "role", "SUSPECT", "status", "WANTED"));
        subject.put("aliases", java.util.Arrays.asList("ok", null));
        as(VN_INVESTIGATOR).body(subject).post("/api/cases/" + caseId + "/subjects").then().statusCode(400)
                .body("violations.field", hasItem(startsWith("aliases")));
    }

    @Test
    void datesBeyondWhatTheDatabaseHoldsAre400() {
        Map<String, Object> body = seizure();
        body.put("seizedAt", "-5000-01-01T00:00:00Z");
        refusedSeizure(body, "seizedAt");
        as(VN_INVESTIGATOR).body(Map.of("title", "Ancient", "priority", "LOW", "tlp", "GREEN", "openedOn", "1850-01-01"))
                .post("/api/cases").then().statusCode(400).body("violations.field", hasItem("openedOn"));
        as(VN_ANALYST).get("/api/statistics?country=VN&from=2025-01-01&to=+999999999-12-31").then().statusCode(400);
        as(VN_INVESTIGATOR).get("/api/cases?openedFrom=-5000-01-01").then().statusCode(400);
    }

    @Test
    void namesThatGrowUnderNfcAreCheckedAfterNormalising() {
        // U+FB2C is one character that NFC turns into three
        as(VN_INVESTIGATOR).body(Map.of("fullName", "\uFB2C".repeat(300), "role", "SUSPECT", "status", "WANTED"))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(400)
                .body("violations[0].field", is("fullName"));
        as(VN_INVESTIGATOR).get("/api/cases/" + caseId + "/subjects").then().body("items", empty());
    }

    /**
     * A list over its bound is refused before its elements are checked: 5,000 blank aliases give one
     * violation (the list's size), not 5,000 (what that costs is measured by the benchmark, not here).
     */
    @Test
    void anOversizedListIsRefusedBeforeItsElementsAreChecked() {
        Map<String, Object> subject = new HashMap<>(Map.of("fullName", "Many aliases", "role", "SUSPECT", "status", "WANTED"));
        subject.put("aliases", java.util.Collections.nCopies(5_000, ""));
        as(VN_INVESTIGATOR).body(subject).post("/api/cases/" + caseId + "/subjects").then().statusCode(400)
                .body("violations", hasSize(1)).body("violations[0].field", is("aliases"))
                .body("violations[0].message", containsString("between 0 and 20"));
        // within the bound, every element is still checked
        subject.put("aliases", java.util.List.of("ok", ""));
        as(VN_INVESTIGATOR).body(subject).post("/api/cases/" + caseId + "/subjects").then().statusCode(400)
                .body("violations[0].field", startsWith("aliases"));
    }
}
