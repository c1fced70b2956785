package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.service.ExtraditionDeadlines;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mekong.jtf.cases.Api.*;

/** Extradition deadlines: defaults per legal basis, clocks with days left, each overdue step raised once. */
@QuarkusTest
class ExtraditionClockTest {

    private static final String KH_LIAISON = Tokens.officer("kh-lia-1", "KH-NACD", "KH", "liaison");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    ExtraditionDeadlines deadlines;

    @Test
    void theLegalBasesCarryTheirDefaultDeadlinesAndWhereTheyComeFrom() {
        as(VN_LIAISON).get("/api/extraditions/bases").then().statusCode(200)
                .body("find { it.code == 'UN-MODEL-1990' }.formalRequestDays", is(40))
                .body("find { it.code == 'UN-MODEL-1990' }.surrenderDays", is(30))
                .body("find { it.code == 'UN-MODEL-1990' }.source", containsString("Art. 9(4)"))
                .body("code", hasItem("RECIPROCITY"));
        given401("/api/extraditions/bases");
        // an auditor reads the audit log, not the cases
        for (String path : List.of("/api/extraditions/bases", "/api/extraditions/overdue")) {
            as(VN_AUDITOR).get(path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void aMissedFormalRequestIsOverdueAndRaisedOnceAcrossTicks() {
        String caseId = openCase(VN_SUPERVISOR, "Extradition clock case", "LA-MPS");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Bounthavy Keomany", "LA");
        String path = "/api/cases/" + caseId + "/extraditions";
        // unknown basis and out-of-range days: 400 naming the field, nothing stored
        request(caseId, subject, Map.of("basis", "NO-SUCH-TREATY")).statusCode(400).body("detail", containsString("basis"));
        request(caseId, subject, Map.of("basis", "UN-MODEL-1990", "formalRequestDays", 0)).statusCode(400)
                .body("violations[0].field", is("formalRequestDays"));
        as(VN_LIAISON).get(path).then().statusCode(200).body("total", is(0));

        // provisional arrest 50 days ago under the UN model's 40 days: overdue by 10
        String late = request(caseId, subject, Map.of("basis", "UN-MODEL-1990", "requestedOn", TODAY.minusDays(60).toString()))
                .statusCode(201).body("formalRequestDays", is(40)).body("surrenderDays", is(30)).body("basis", is("UN-MODEL-1990"))
                .body("clocks", empty()).extract().path("id");
        step(caseId, late, Map.of("status", "PROVISIONAL_ARREST", "on", TODAY.minusDays(50).toString())).statusCode(200)
                .body("clocks[0].step", is("FORMAL_REQUEST_AFTER_PROVISIONAL_ARREST"))
                .body("clocks[0].dueOn", is(TODAY.minusDays(10).toString()))
                .body("clocks[0].state", is("OVERDUE")).body("clocks[0].daysLeft", is(-10)).body("overdue", is(true));
        // one with its own 90 days, arrested 10 days ago: running, 80 days left
        String running = request(caseId, subject, Map.of("basis", "UN-MODEL-1990", "formalRequestDays", 90,
                "requestedOn", TODAY.minusDays(20).toString())).statusCode(201).body("formalRequestDays", is(90)).extract().path("id");
        step(caseId, running, Map.of("status", "PROVISIONAL_ARREST", "on", TODAY.minusDays(10).toString())).statusCode(200)
                .body("clocks[0].state", is("RUNNING")).body("clocks[0].daysLeft", is(80)).body("overdue", is(false));

        // the clock raises the late one, once, however many ticks (as several replicas' would be)
        int first = tick();
        assertTrue(first >= 1, "raised " + first);
        tick();
        tick();
        List<String> raised = as(VN_LIAISON).queryParam("size", 200).get("/api/cases/" + caseId + "/timeline").then().statusCode(200)
                .extract().path("items.findAll { it.type == 'EXTRADITION_OVERDUE' }.objectId");
        assertEquals(List.of(late), raised);
        as(VN_LIAISON).get("/api/cases/" + caseId + "/timeline").then()
                .body("items.find { it.type == 'EXTRADITION_OVERDUE' }.summary", containsString("within 40 days of the provisional arrest"))
                .body("items.find { it.type == 'EXTRADITION_OVERDUE' }.officerId", is("extradition-deadline-clock"));
        as(VN_LIAISON).get(path + "/" + late).then().body("clocks[0].raisedAt", notNullValue());

        // listed as overdue for the case's agencies, not for an agency outside it
        as(VN_LIAISON).get("/api/extraditions/overdue").then().statusCode(200).body("id", hasItem(late)).body("id", not(hasItem(running)));
        as(LA_INVESTIGATOR).get("/api/extraditions/overdue").then().statusCode(200).body("id", hasItem(late));
        as(KH_LIAISON).get("/api/extraditions/overdue").then().statusCode(200).body("id", not(hasItem(late)));

        // the formal request arrives (late): the clock is met, the request leaves the overdue list
        step(caseId, late, Map.of("status", "FORMAL_REQUEST", "on", TODAY.minusDays(2).toString())).statusCode(200)
                .body("status", is("FORMAL_REQUEST")).body("formalRequestOn", is(TODAY.minusDays(2).toString()))
                .body("clocks[0].state", is("MET")).body("overdue", is(false));
        as(VN_LIAISON).get("/api/extraditions/overdue").then().body("id", not(hasItem(late)));
    }

    @Test
    void refusalCarriesItsGroundAndSurrenderItsHandoverAndBothClocksRun() {
        String caseId = openCase(VN_SUPERVISOR, "Extradition surrender case", "TH-ONCB");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Somchai Jaidee", "TH");
        String refused = request(caseId, subject, Map.of("basis", "RECIPROCITY")).statusCode(201)
                .body("formalRequestDays", is(60)).extract().path("id");
        step(caseId, refused, Map.of("status", "REFUSED", "on", TODAY.toString())).statusCode(400).body("detail", containsString("refusalGround"));
        step(caseId, refused, Map.of("status", "REFUSED", "on", TODAY.toString(), "refusalGround", "BECAUSE")).statusCode(400);
        step(caseId, refused, Map.of("status", "REFUSED", "on", TODAY.toString(), "refusalGround", "NATIONALITY_OF_THE_PERSON"))
                .statusCode(200).body("refusalGround", is("NATIONALITY_OF_THE_PERSON")).body("clocks", empty());

        // approved 40 days ago, 30 days to surrender: overdue, raised once
        String approved = request(caseId, subject, Map.of("basis", "UN-MODEL-1990", "requestedOn", TODAY.minusDays(50).toString()))
                .statusCode(201).extract().path("id");
        step(caseId, approved, Map.of("status", "APPROVED", "on", TODAY.minusDays(40).toString())).statusCode(200)
                .body("clocks[0].step", is("SURRENDER_AFTER_APPROVAL")).body("clocks[0].state", is("OVERDUE"));
        assertTrue(tick() >= 1);
        as(VN_LIAISON).get("/api/cases/" + caseId + "/timeline").then()
                .body("items.findAll { it.type == 'EXTRADITION_OVERDUE' }.objectId", contains(approved));
        step(caseId, approved, Map.of("status", "SURRENDERED", "on", TODAY.toString())).statusCode(400)
                .body("detail", containsString("handoverPlace"));
        step(caseId, approved, Map.of("status", "SURRENDERED", "on", TODAY.toString(), "handoverPlace", "Noi Bai airport",
                "escortingAgencies", List.of("VN-C04", "TH-ONCB", "th-oncb"))).statusCode(400);
        step(caseId, approved, Map.of("status", "SURRENDERED", "on", TODAY.toString(), "handoverPlace", "Noi Bai airport",
                "escortingAgencies", List.of("VN-C04", "TH-ONCB"))).statusCode(200)
                .body("handoverPlace", is("Noi Bai airport")).body("escortingAgencies", contains("TH-ONCB", "VN-C04"))
                .body("clocks[0].state", is("MET"));
        as(VN_LIAISON).get("/api/cases/" + caseId + "/subjects/" + subject).then().body("status", is("EXTRADITED"));
    }

    private ValidatableResponse request(String caseId, String subject, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("subjectId", subject, "requestingCountry", "VN", "requestedCountry", "LA",
                "legalBasis", "MULTILATERAL_CONVENTION", "requestedOn", TODAY.minusDays(5).toString()));
        body.putAll(extra);
        return as(VN_LIAISON).body(body).post("/api/cases/" + caseId + "/extraditions").then();
    }

    private ValidatableResponse step(String caseId, String id, Map<String, Object> body) {
        String path = "/api/cases/" + caseId + "/extraditions/" + id;
        String etag = as(VN_LIAISON).get(path).then().statusCode(200).extract().header("ETag");
        return as(VN_LIAISON).header("If-Match", etag).body(body).post(path + "/transitions").then();
    }

    private int tick() {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> deadlines.tick(TODAY));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private static void given401(String path) {
        io.restassured.RestAssured.given().get(path).then().statusCode(401).contentType("application/problem+json");
    }
}
