package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.taskforces.Api.*;

/**
 * A joint border campaign: arrests and seizures are records of the real case service (checked
 * there with the caller's token), poppy fields are counted in hectares by province; results sum in
 * native units per operation and per province and period.
 */
@QuarkusTest
class OperationTest {

    @Test
    void aCampaignReportsItsResultsInNativeUnitsByProvince() {
        String caseId = openCase(LA_SUPERVISOR, unique("Campaign case"), "VN-C04");
        String subject = as(LA_SUPERVISOR).baseUri(caseService()).body(Map.of("fullName", "Kham Sy", "role", "COURIER", "status", "WANTED"))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
        String arrest = as(LA_SUPERVISOR).baseUri(caseService()).body(Map.of("subjectId", subject, "country", "LA", "province", "LA-BK",
                "arrestedAt", "2026-02-10T04:00:00Z")).post("/api/cases/" + caseId + "/arrests").then().statusCode(201).extract().path("id");
        String seizure = as(LA_SUPERVISOR).baseUri(caseService()).body(Map.of("substance", "METHAMPHETAMINE_TABLETS", "quantity", 1200000,
                "unit", "TABLETS", "country", "LA", "province", "LA-BK", "seizedAt", "2026-02-10T05:00:00Z"))
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201).extract().path("id");
        String tf = form(LA_COMMANDER, unique("Campaign task force"), List.of(caseId));

        String op = as(LA_COMMANDER).body(Map.of("name", unique("Border campaign"), "startsOn", "2026-01-01", "endsOn", "2026-03-31",
                        "area", "Northern provinces", "agencies", List.of("VN-C04"), "taskForces", List.of(tf), "cases", List.of(caseId)))
                .post("/api/operations").then().statusCode(201).body("agencies", contains("LA-MPS", "VN-C04")).extract().path("id");
        String results = "/api/operations/" + op + "/results";
        as(LA_COMMANDER).body(Map.of("kind", "ARREST", "caseId", caseId, "recordId", arrest)).post(results).then().statusCode(201)
                .body("province", is("LA-BK")).body("on", is("2026-02-10"));
        as(LA_COMMANDER).body(Map.of("kind", "SEIZURE", "caseId", caseId, "recordId", seizure)).post(results).then().statusCode(201)
                .body("substance", is("METHAMPHETAMINE_TABLETS")).body("unit", is("TABLETS"));
        as(LA_COMMANDER).body(Map.of("kind", "SEIZURE", "caseId", caseId, "recordId", seizure)).post(results).then().statusCode(409);
        // the Lao report's poppy figures, in two of the provinces
        as(LA_COMMANDER).body(Map.of("kind", "POPPY_ERADICATION", "province", "LA-PH", "on", "2026-02-20",
                "hectaresIdentified", 3200, "hectaresDestroyed", 80)).post(results).then().statusCode(201);
        as(LA_COMMANDER).body(Map.of("kind", "POPPY_ERADICATION", "province", "LA-HO", "on", "2026-03-05",
                "hectaresIdentified", 2600, "hectaresDestroyed", 46)).post(results).then().statusCode(201);
        // a Vietnamese commander, a participant, records too; the summary is the operation's
        as(VN_COMMANDER).get("/api/operations/" + op + "/results/summary").then().statusCode(200)
                .body("arrests", is(1)).body("seizures[0].quantity", is(1200000.0f)).body("seizures[0].unit", is("TABLETS"))
                .body("hectaresIdentified", is(5800.0f)).body("hectaresDestroyed", is(126.0f))
                .body("byProvince.find { it.province == 'LA-BK' }.arrests", is(1))
                .body("byProvince.find { it.province == 'LA-PH' }.hectaresDestroyed", is(80.0f));
        as(LA_COMMANDER).get("/api/operations/" + op + "/results/summary?from=2026-03-01&to=2026-03-31").then()
                .body("arrests", is(0)).body("hectaresIdentified", is(2600.0f));
        as(VN_COMMANDER).get("/api/operations/results?from=2026-01-01&to=2026-12-31").then().statusCode(200)
                .body("hectaresIdentified", greaterThanOrEqualTo(5800.0f));
        // Cambodia takes no part: the operation does not exist for it
        as(KH_COMMANDER).get("/api/operations/" + op).then().statusCode(404);
        as(KH_COMMANDER).get("/api/operations/" + op + "/results/summary").then().statusCode(404);
    }

    @Test
    void resultsAreCheckedInTheCaseServiceAndMakeSense() {
        String caseId = openCase(VN_SUPERVISOR, unique("Checked case"));
        String op = as(VN_COMMANDER).body(Map.of("name", unique("Checks"), "startsOn", "2026-01-01", "endsOn", "2026-01-31",
                "area", "Nghe An", "cases", List.of(caseId))).post("/api/operations").then().statusCode(201).extract().path("id");
        String results = "/api/operations/" + op + "/results";
        as(VN_COMMANDER).body(Map.of("kind", "ARREST", "caseId", caseId, "recordId", "00000000-0000-0000-0000-000000000001"))
                .post(results).then().statusCode(422).body("violations[0].field", is("recordId"));
        as(VN_COMMANDER).body(Map.of("kind", "ARREST", "caseId", "00000000-0000-0000-0000-000000000002",
                "recordId", "00000000-0000-0000-0000-000000000001")).post(results).then().statusCode(400).body("violations[0].field", is("caseId"));
        as(VN_COMMANDER).body(Map.of("kind", "POPPY_ERADICATION", "province", "VN-NA", "on", "2026-01-10",
                "hectaresIdentified", 10, "hectaresDestroyed", 12)).post(results).then().statusCode(400)
                .body("violations[0].field", is("hectaresDestroyed"));
        as(VN_COMMANDER).body(Map.of("kind", "POPPY_ERADICATION", "on", "2026-01-10", "hectaresIdentified", 10, "hectaresDestroyed", 2))
                .post(results).then().statusCode(400).body("violations[0].field", is("province"));
        as(VN_COMMANDER).body(Map.of("name", "x", "startsOn", "2026-02-01", "endsOn", "2026-01-01", "area", "y"))
                .post("/api/operations").then().statusCode(400).body("violations[0].field", is("endsOn"));
        String laoCase = openCase(LA_SUPERVISOR, unique("Not ours"));
        as(VN_COMMANDER).body(Map.of("name", "x", "startsOn", "2026-01-01", "endsOn", "2026-01-02", "area", "y", "cases", List.of(laoCase)))
                .post("/api/operations").then().statusCode(422);
        as(VN_INVESTIGATOR).body(Map.of("kind", "POPPY_ERADICATION", "province", "VN-NA", "on", "2026-01-10",
                "hectaresIdentified", 10, "hectaresDestroyed", 2)).post(results).then().statusCode(403);
    }
}
