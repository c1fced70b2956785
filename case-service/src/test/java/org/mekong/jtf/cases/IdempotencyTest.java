package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

@QuarkusTest
class IdempotencyTest {

    @Test
    void replayedKeyReturnsTheFirstResultAndCreatesNothing() {
        String key = "retry-" + UUID.randomUUID();
        var body = caseBody("Idempotent case " + key);
        String firstId = as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(body).post("/api/cases")
                .then().statusCode(201).extract().path("id");
        String replayedId = as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(body).post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith(firstId)).extract().path("id");
        assertEquals(firstId, replayedId);
        as(VN_INVESTIGATOR).get("/api/cases?q=" + key).then().body("total", is(1));
    }

    @Test
    void sameKeyWithAnotherBodyIsRefused() {
        String key = "reuse-" + UUID.randomUUID();
        as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(caseBody("First body")).post("/api/cases").then().statusCode(201);
        as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(caseBody("Second body")).post("/api/cases")
                .then().statusCode(422).contentType("application/problem+json");
        as(VN_INVESTIGATOR).get("/api/cases?q=Second body").then().body("total", is(0));
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = "shared-" + UUID.randomUUID();
        String vn = as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(caseBody("Keyed VN")).post("/api/cases")
                .then().statusCode(201).extract().path("id");
        String th = as(TH_INVESTIGATOR).header("Idempotency-Key", key).body(caseBody("Keyed VN")).post("/api/cases")
                .then().statusCode(201).header("Idempotent-Replayed", nullValue()).extract().path("id");
        org.junit.jupiter.api.Assertions.assertNotEquals(vn, th);
    }

    @Test
    void replayWorksForCaseParts() {
        String caseId = openCase(VN_INVESTIGATOR, "Idempotent parts");
        String key = UUID.randomUUID().toString();
        var seizure = Map.of("substance", "HEROIN", "quantity", 4.2, "unit", "KG", "country", "VN",
                "seizedAt", "2025-02-02T02:00:00Z");
        String first = as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(seizure)
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201).extract().path("id");
        String again = as(VN_INVESTIGATOR).header("Idempotency-Key", key).body(seizure)
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        as(VN_INVESTIGATOR).get("/api/cases/" + caseId + "/seizures").then().body("items", hasSize(1));
    }

    @Test
    void replayDoesNotReopenACaseTheCallerLeft() {
        String caseId = openCase(VN_INVESTIGATOR, "Replay after removal", "TH-ONCB");
        String key = UUID.randomUUID().toString();
        var subject = Map.of("fullName", "Thai Entry", "role", "SUSPECT", "status", "WANTED");
        as(TH_INVESTIGATOR).header("Idempotency-Key", key).body(subject).post("/api/cases/" + caseId + "/subjects")
                .then().statusCode(201);
        as(TH_INVESTIGATOR).header("Idempotency-Key", key).body(subject).post("/api/cases/" + caseId + "/subjects")
                .then().statusCode(201).header("Idempotent-Replayed", "true");
        as(VN_SUPERVISOR).header("If-Match", "\"0\"").delete("/api/cases/" + caseId + "/participants/TH-ONCB").then().statusCode(200);
        as(TH_INVESTIGATOR).header("Idempotency-Key", key).body(subject).post("/api/cases/" + caseId + "/subjects")
                .then().statusCode(404);
    }

    @Test
    void malformedKeyIs400() {
        as(VN_INVESTIGATOR).header("Idempotency-Key", "has spaces and ümlauts").body(caseBody("Bad key"))
                .post("/api/cases").then().statusCode(400).body("violations[0].field", is("Idempotency-Key"));
    }
}
