package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * Another agency's case and everything in it answer exactly like a missing case: the same status,
 * type and title, whatever the operation, and nothing is changed.
 */
@QuarkusTest
class TenancyTest {

    private static final String MISSING = "00000000-0000-0000-0000-00000000dead";

    @Test
    void writesToAnotherAgencysCaseAre404LikeMissingOnes() {
        String caseId = openCase(VN_INVESTIGATOR, "Tenancy write case");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Protected Person", "VN");
        String extradition = as(VN_LIAISON).body(Map.of("subjectId", subject, "requestingCountry", "VN", "requestedCountry", "TH",
                        "legalBasis", "RECIPROCITY", "requestedOn", "2025-05-01"))
                .post("/api/cases/" + caseId + "/extraditions").then().statusCode(201).extract().path("id");

        List<Function<String, ValidatableResponse>> writes = List.of(
                id -> as(TH_SUPERVISOR).body(Map.of("fullName", "Injected", "role", "SUSPECT", "status", "WANTED"))
                        .post("/api/cases/" + id + "/subjects").then(),
                id -> as(TH_SUPERVISOR).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "country", "TH",
                        "seizedAt", "2025-01-01T00:00:00Z")).post("/api/cases/" + id + "/seizures").then(),
                id -> as(TH_SUPERVISOR).body(Map.of("subjectId", subject, "country", "TH", "arrestedAt", "2025-01-01T00:00:00Z"))
                        .post("/api/cases/" + id + "/arrests").then(),
                id -> as(TH_SUPERVISOR).body(Map.of("type", "CAR", "count", 1, "country", "TH", "seizedAt", "2025-01-01T00:00:00Z"))
                        .post("/api/cases/" + id + "/assets").then(),
                id -> as(TH_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "WANTED"))
                        .patch("/api/cases/" + id + "/subjects/" + subject).then(),
                id -> as(TH_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "APPROVED", "on", "2025-05-02"))
                        .post("/api/cases/" + id + "/extraditions/" + extradition + "/transitions").then(),
                id -> as(TH_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("status", "ACTIVE"))
                        .post("/api/cases/" + id + "/transitions").then(),
                id -> as(TH_SUPERVISOR).header("If-Match", "\"0\"").body(Map.of("agency", "TH-ONCB"))
                        .post("/api/cases/" + id + "/participants").then(),
                id -> as(TH_SUPERVISOR).header("If-Match", "\"0\"").delete("/api/cases/" + id + "/participants/VN-C04").then());

        for (Function<String, ValidatableResponse> write : writes) {
            String missingTitle = write.apply(MISSING).statusCode(404).contentType("application/problem+json")
                    .extract().path("title");
            write.apply(caseId).statusCode(404).contentType("application/problem+json")
                    .body("title", is(missingTitle)).body("type", endsWith("/not-found"))
                    .body(not(containsString("Tenancy write case")));
        }
        as(VN_ANALYST).get("/api/cases/" + caseId).then().body("status", is("OPEN")).body("participatingAgencies", contains("VN-C04"));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/subjects").then().body("items", hasSize(1)).body("items[0].status", is("WANTED"));
        as(VN_ANALYST).get("/api/cases/" + caseId + "/seizures").then().body("items", empty());
        as(VN_ANALYST).get("/api/cases/" + caseId + "/extraditions/" + extradition).then().body("status", is("REQUESTED"));
    }

    @Test
    void participantsRecordOnlyTheirOwnWorkUnlessTheyLead() {
        String caseId = openCase(VN_INVESTIGATOR, "Attribution case", "TH-ONCB", "LA-MPS");
        // Thailand may not book a seizure to Laos alone; the lead (Vietnam) may record one for Laos
        as(TH_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "seizingAgencies", List.of("LA-MPS"),
                "country", "LA", "seizedAt", "2025-01-01T00:00:00Z")).post("/api/cases/" + caseId + "/seizures")
                .then().statusCode(403);
        as(TH_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "seizingAgencies", List.of("LA-MPS", "TH-ONCB"),
                "country", "LA", "seizedAt", "2025-01-01T00:00:00Z")).post("/api/cases/" + caseId + "/seizures")
                .then().statusCode(201);
        as(VN_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 2, "unit", "KG", "seizingAgencies", List.of("LA-MPS"),
                "country", "LA", "seizedAt", "2025-01-01T00:00:00Z")).post("/api/cases/" + caseId + "/seizures")
                .then().statusCode(201);
        as(VN_ANALYST).get("/api/cases/" + caseId + "/seizures").then().body("items", hasSize(2));
    }

    @Test
    void rolesAreCheckedPerEndpoint() {
        String caseId = openCase(VN_INVESTIGATOR, "Role matrix case");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Role Person", "VN");
        as(VN_ANALYST).header("If-Match", "\"0\"").body(Map.of("status", "AT_LARGE"))
                .patch("/api/cases/" + caseId + "/subjects/" + subject).then().statusCode(403);
        as(VN_LIAISON).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "country", "VN",
                "seizedAt", "2025-01-01T00:00:00Z")).post("/api/cases/" + caseId + "/seizures").then().statusCode(403);
        as(VN_AUDITOR).get("/api/cases/" + caseId + "/seizures").then().statusCode(403);
        as(VN_ANALYST).body(Map.of("type", "CAR", "count", 1, "country", "VN", "seizedAt", "2025-01-01T00:00:00Z"))
                .post("/api/cases/" + caseId + "/assets").then().statusCode(403);
        as(VN_INVESTIGATOR).header("If-Match", "\"0\"").body(Map.of("agency", "TH-ONCB"))
                .post("/api/cases/" + caseId + "/participants").then().statusCode(403);
        // nothing of it happened
        as(VN_ANALYST).get("/api/cases/" + caseId + "/timeline").then().body("items.type", contains("CASE_OPENED", "SUBJECT_ADDED"));
    }
}
