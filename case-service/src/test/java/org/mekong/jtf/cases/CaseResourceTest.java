package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

@QuarkusTest
class CaseResourceTest {

    @Test
    void openReadAndListACase() {
        var created = as(VN_INVESTIGATOR).body(caseBody("Operation Mekong Dawn", "LA-MPS")).post("/api/cases")
                .then().statusCode(201)
                .header("Location", containsString("/api/cases/"))
                .header("ETag", is("\"0\""))
                .body("reference", matchesPattern("JI-\\d{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"))
                .body("status", is("OPEN"))
                .body("leadAgency", is("VN-C04"))
                .body("participatingAgencies", contains("LA-MPS", "VN-C04"))
                .extract();
        String id = created.path("id");

        as(LA_INVESTIGATOR).get("/api/cases/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).body("title", is("Operation Mekong Dawn"));
        as(VN_ANALYST).get("/api/cases?q=mekong dawn").then().statusCode(200)
                .body("items.id", hasItem(id)).body("total", greaterThanOrEqualTo(1)).body("size", is(20));
        as(VN_ANALYST).get("/api/cases?status=OPEN&agency=LA-MPS&size=5").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.status", everyItem(is("OPEN")));
        as(VN_ANALYST).get("/api/cases?status=CLOSED&q=mekong dawn").then().statusCode(200)
                .body("items", empty()).body("total", is(0));
    }

    /** References carry the year of opening and a random part: no agency can count another's cases from them. */
    @Test
    void referencesNameTheYearAndRevealNoCount() {
        java.util.Set<String> references = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            String reference = as(TH_INVESTIGATOR).body(Map.of("title", "Old paper file " + i, "priority", "LOW", "tlp", "GREEN",
                    "openedOn", "2016-03-0" + (i + 1))).post("/api/cases").then().statusCode(201).extract().path("reference");
            org.junit.jupiter.api.Assertions.assertTrue(reference.startsWith("JI-2016-"), reference);
            references.add(reference);
        }
        org.junit.jupiter.api.Assertions.assertEquals(5, references.size());
        // a counter would share its leading digits across consecutive opens; random parts do not
        org.junit.jupiter.api.Assertions.assertTrue(references.stream().map(r -> r.substring(8, 12)).distinct().count() > 1,
                references.toString());
        as(TH_INVESTIGATOR).get("/api/cases?openedFrom=2016-01-01&openedTo=2016-12-31").then().statusCode(200)
                .body("items.reference", containsInAnyOrder(references.toArray()));
    }

    @Test
    void anotherAgencysCaseIs404LikeAMissingOne() {
        String id = openCase(VN_INVESTIGATOR, "VN only", "KH-NACD");
        as(TH_INVESTIGATOR).get("/api/cases/" + id).then().statusCode(404)
                .contentType("application/problem+json").body("detail", not(containsString("VN only")));
        as(TH_INVESTIGATOR).get("/api/cases/00000000-0000-0000-0000-000000000000").then().statusCode(404);
        as(TH_INVESTIGATOR).get("/api/cases?q=VN only").then().statusCode(200).body("items", empty());
        as(TH_INVESTIGATOR).get("/api/cases/" + id + "/timeline").then().statusCode(404);
        as(TH_INVESTIGATOR).body(Map.of("title", "hijack")).header("If-Match", "\"0\"")
                .patch("/api/cases/" + id).then().statusCode(404);
    }

    @Test
    void updateNeedsTheCurrentVersion() {
        String id = openCase(VN_INVESTIGATOR, "Versioned case");
        as(VN_INVESTIGATOR).body(Map.of("priority", "CRITICAL")).patch("/api/cases/" + id).then().statusCode(428)
                .contentType("application/problem+json");
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("priority", "CRITICAL", "title", "Versioned case v2"))
                .patch("/api/cases/" + id).then().statusCode(200)
                .header("ETag", is("\"1\"")).body("priority", is("CRITICAL")).body("title", is("Versioned case v2"))
                .body("tlp", is("AMBER"));
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("priority", "LOW"))
                .patch("/api/cases/" + id).then().statusCode(412).body("type", endsWith("/stale-version"));
        as(VN_INVESTIGATOR).get("/api/cases/" + id).then().body("priority", is("CRITICAL")).body("version", is(1));
    }

    @Test
    void lifecycleAllowsOnlyItsTransitions() {
        String id = openCase(VN_INVESTIGATOR, "Lifecycle case", "TH-ONCB");
        String path = "/api/cases/" + id + "/transitions";
        as(VN_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "CLOSED")).post(path)
                .then().statusCode(409).body("type", endsWith("/conflict"));
        // only the lead agency's supervisor moves the case
        as(TH_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post(path).then().statusCode(403);
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post(path).then().statusCode(403);

        String etag = as(VN_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE")).post(path)
                .then().statusCode(200).body("status", is("ACTIVE")).extract().header("ETag");
        etag = as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("status", "SUSPENDED", "reason", "informant at risk"))
                .post(path).then().statusCode(200).body("status", is("SUSPENDED")).extract().header("ETag");
        etag = as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("status", "ACTIVE")).post(path)
                .then().statusCode(200).extract().header("ETag");
        etag = as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("status", "CLOSED")).post(path)
                .then().statusCode(200).body("status", is("CLOSED")).body("closedOn", notNullValue()).extract().header("ETag");
        as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("status", "ACTIVE")).post(path).then().statusCode(409);
        // a closed case takes no more records
        as(VN_INVESTIGATOR).body(Map.of("fullName", "Late Entry", "role", "SUSPECT", "status", "WANTED"))
                .post("/api/cases/" + id + "/subjects").then().statusCode(409);

        as(VN_ANALYST).get("/api/cases/" + id + "/timeline").then().statusCode(200)
                .body("items.type", contains("CASE_OPENED", "CASE_STATUS_CHANGED", "CASE_STATUS_CHANGED",
                        "CASE_STATUS_CHANGED", "CASE_STATUS_CHANGED"))
                .body("items[2].summary", containsString("informant at risk"))
                .body("items[0].agency", is("VN-C04"));
    }

    @Test
    void leadSupervisorInvitesAndRemovesAgencies() {
        String id = openCase(VN_INVESTIGATOR, "Invitation case");
        String participants = "/api/cases/" + id + "/participants";
        as(TH_INVESTIGATOR).get("/api/cases/" + id).then().statusCode(404);
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("agency", "TH-ONCB")).post(participants).then().statusCode(403);
        as(VN_SUPERVISOR).body(Map.of("agency", "TH-ONCB")).post(participants).then().statusCode(428);
        String etag = as(VN_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("agency", "TH-ONCB")).post(participants)
                .then().statusCode(200).header("ETag", is("\"1\""))
                .body("participatingAgencies", contains("TH-ONCB", "VN-C04")).extract().header("ETag");
        as(VN_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("agency", "KH-NACD")).post(participants).then().statusCode(412);
        as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("agency", "TH-ONCB")).post(participants).then().statusCode(409);
        as(VN_SUPERVISOR).header("If-Match", etag).body(Map.of("agency", "XX-NOPE")).post(participants).then().statusCode(400);
        as(TH_INVESTIGATOR).get("/api/cases/" + id).then().statusCode(200);
        // the invited agency's supervisor is not the lead
        as(TH_SUPERVISOR).header("If-Match", etag).delete(participants + "/VN-C04").then().statusCode(403);
        as(VN_SUPERVISOR).header("If-Match", etag).delete(participants + "/VN-C04").then().statusCode(409);
        as(VN_SUPERVISOR).header("If-Match", etag).delete(participants + "/TH-ONCB").then().statusCode(200)
                .body("participatingAgencies", contains("VN-C04"));
        as(TH_INVESTIGATOR).get("/api/cases/" + id).then().statusCode(404);
        as(VN_ANALYST).get("/api/cases/" + id + "/timeline").then()
                .body("items.type", hasItems("PARTICIPANT_ADDED", "PARTICIPANT_REMOVED"))
                .body("items.objectId", everyItem(is(id)));
    }

    @Test
    void weakEtagsDoNotMatch() {
        String id = openCase(VN_INVESTIGATOR, "Weak tag case");
        as(VN_INVESTIGATOR).header("If-Match", "W/\"0\"").body(Map.of("priority", "LOW"))
                .patch("/api/cases/" + id).then().statusCode(412);
    }

    @Test
    void openingWithUnknownParticipantCreatesNothing() {
        as(VN_INVESTIGATOR).body(caseBody("Ghost partner case", "ZZ-GHOST")).post("/api/cases").then().statusCode(400)
                .body("violations[0].field", is("participatingAgencies"));
        as(VN_INVESTIGATOR).get("/api/cases?q=Ghost partner").then().body("total", is(0));
    }

    @Test
    void futureOpeningDateIsRefused() {
        as(VN_INVESTIGATOR).body(Map.of("title", "From the future", "priority", "LOW", "tlp", "GREEN",
                "openedOn", LocalDate.now().plusDays(10).toString())).post("/api/cases").then().statusCode(400)
                .body("violations.field", hasItem("openedOn"));
    }
}
