package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * Transfers outside extradition and their own steps, the person's status and warrants following a
 * handover, the asset-recovery view of a person across cases, and the fugitive figures.
 */
@QuarkusTest
class FugitiveTransfersTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String KH_INVESTIGATOR = Tokens.officer("kh-inv-3", "KH-NACD", "KH", "investigator");
    /** Myanmar takes part in no other test's case: its figures are exactly this test's. */
    private static final String MM_ANALYST = Tokens.officer("mm-ana-1", "MM-CCDAC", "MM", "analyst");

    @Test
    void aDeportationAndABorderHandoverFollowTheirOwnStepsAndTheNoTreatyClocks() {
        String caseId = openCase(VN_SUPERVISOR, "Transfer case", "LA-MPS");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Vang Pao Lee", "LA");
        String wantedId = as(VN_INVESTIGATOR).body(WantedPersonsTest.warrant(subject, Map.of())).post("/api/cases/" + caseId + "/warrants")
                .then().statusCode(201).extract().path("id");

        // the treaty deadlines are an extradition's only
        transfer(caseId, subject, "DEPORTATION", Map.of("basis", "UN-MODEL-1990")).statusCode(400).body("detail", containsString("basis"));
        String deportation = transfer(caseId, subject, "DEPORTATION", Map.of()).statusCode(201).body("kind", is("DEPORTATION"))
                .body("status", is("REQUESTED")).body("clocks", empty()).extract().path("id");
        step(caseId, deportation, "APPROVED", TODAY.minusDays(20), Map.of()).statusCode(409)
                .body("detail", containsString("a DEPORTATION that is REQUESTED cannot become APPROVED"));
        step(caseId, deportation, "SURRENDERED", TODAY.minusDays(20), Map.of()).statusCode(409);
        step(caseId, deportation, "DETAINED", TODAY.plusDays(1), Map.of()).statusCode(400);
        step(caseId, deportation, "DETAINED", TODAY.minusDays(20), Map.of()).statusCode(200).body("provisionalArrestOn",
                is(TODAY.minusDays(20).toString())).body("clocks", empty());
        as(VN_LIAISON).get("/api/cases/" + caseId + "/subjects/" + subject).then().body("status", is("ARRESTED"));
        step(caseId, deportation, "HANDED_OVER", TODAY.minusDays(5), Map.of("handoverPlace", "Nam Khan")).statusCode(409);
        step(caseId, deportation, "ORDERED", TODAY.minusDays(21), Map.of()).statusCode(400).body("detail", containsString("previous step"));
        step(caseId, deportation, "ORDERED", TODAY.minusDays(12), Map.of()).statusCode(200).body("decidedOn", is(TODAY.minusDays(12).toString()));
        step(caseId, deportation, "HANDED_OVER", TODAY.minusDays(10), Map.of()).statusCode(400).body("detail", containsString("handoverPlace"));
        step(caseId, deportation, "HANDED_OVER", TODAY.minusDays(10), Map.of("handoverPlace", "Nam Can border gate",
                "escortingAgencies", List.of("LA-MPS"))).statusCode(200).body("status", is("HANDED_OVER"))
                .body("surrenderedOn", is(TODAY.minusDays(10).toString())).body("escortingAgencies", contains("LA-MPS"));
        step(caseId, deportation, "REFUSED", TODAY, Map.of("refusalGround", "OTHER")).statusCode(409);

        // handed over: the person is TRANSFERRED, the warrant executed and off the wanted list
        as(VN_LIAISON).get("/api/cases/" + caseId + "/subjects/" + subject).then().body("status", is("TRANSFERRED"));
        as(VN_LIAISON).get("/api/cases/" + caseId + "/warrants/" + wantedId).then().body("status", is("EXECUTED"));
        as(VN_LIAISON).queryParam("size", 100).get("/api/cases/" + caseId + "/timeline").then()
                .body("items.type", hasItem("WARRANT_EXECUTED"));

        // a border handover: agreed without a detention, or after one; never ORDERED
        String handover = transfer(caseId, subject, "BORDER_HANDOVER", Map.of()).statusCode(201).extract().path("id");
        step(caseId, handover, "ORDERED", TODAY.minusDays(3), Map.of()).statusCode(409);
        step(caseId, handover, "AGREED", TODAY.minusDays(3), Map.of()).statusCode(200);
        step(caseId, handover, "HANDED_OVER", TODAY.minusDays(2), Map.of("handoverPlace", "Lao Bao")).statusCode(200);

        // an extradition cannot be surrendered before its approval
        String extradition = transfer(caseId, subject, "EXTRADITION", Map.of()).statusCode(201).extract().path("id");
        step(caseId, extradition, "SURRENDERED", TODAY, Map.of("handoverPlace", "Noi Bai")).statusCode(409)
                .contentType("application/problem+json");
        step(caseId, extradition, "DETAINED", TODAY, Map.of()).statusCode(409);
        step(caseId, extradition, "APPROVED", TODAY.minusDays(2), Map.of()).statusCode(200);
        step(caseId, extradition, "SURRENDERED", TODAY.minusDays(3), Map.of("handoverPlace", "Noi Bai")).statusCode(400)
                .body("detail", containsString("previous step"));
    }

    @Test
    void theAssetRecoveryViewFollowsThePersonAcrossCasesByTheirDocument() {
        String first = openCase(VN_SUPERVISOR, "Asset recovery, first case", "TH-ONCB");
        String second = openCase(VN_SUPERVISOR, "Asset recovery, second case");
        String person = subjectWithPassport(first, "Lê Văn Tám", "B 7654321");
        String samePerson = subjectWithPassport(second, "Le Van Tam", "b7654-321");
        String someoneElse = addSubject(VN_INVESTIGATOR, second, "Unrelated person", "VN");

        as(VN_INVESTIGATOR).body(Map.of("subjectId", person, "substance", "CRYSTAL_METHAMPHETAMINE", "quantity", 12, "unit", "KG",
                "country", "VN", "seizedAt", "2026-03-01T00:00:00Z")).post("/api/cases/" + first + "/seizures").then().statusCode(201)
                .body("subjectId", is(person));
        asset(first, person, "CASH", 50000, "USD").statusCode(201).body("subjectId", is(person));
        asset(second, samePerson, "BANK_ACCOUNT", 1200000, "THB").statusCode(201);
        asset(second, samePerson, "CASH", 2500, "USD").statusCode(201);
        asset(second, someoneElse, "CASH", 999, "USD").statusCode(201);
        // a person of another case cannot be linked
        asset(first, samePerson, "CAR", 1, "USD").statusCode(400).body("detail", containsString("subjectId"));

        String path = "/api/cases/" + first + "/subjects/" + person + "/asset-recovery";
        as(VN_ANALYST).get(path).then().statusCode(200)
                .body("fullName", is("Lê Văn Tám"))
                .body("samePerson.subjectId", contains(samePerson)).body("samePerson[0].why", containsString("identity document"))
                .body("seizures", hasSize(1)).body("seizures[0].substance", is("CRYSTAL_METHAMPHETAMINE"))
                .body("assets", hasSize(3)).body("assets.caseId", hasItems(first, second))
                .body("valueByCurrency.USD", is(52500.0f)).body("valueByCurrency.THB", is(1200000.0f));
        // Thailand takes part in the first case only: it sees that case's assets, not the second's
        as(TH_INVESTIGATOR).get(path).then().statusCode(200).body("samePerson", empty()).body("assets", hasSize(1))
                .body("valueByCurrency.USD", is(50000.0f)).body("valueByCurrency", not(hasKey("THB")));
        as(KH_INVESTIGATOR).get(path).then().statusCode(404);
        as(VN_AUDITOR).get(path).then().statusCode(403);
        as(VN_ANALYST).get("/api/cases/" + first + "/subjects/" + samePerson + "/asset-recovery").then().statusCode(404);
    }

    @Test
    void theFugitiveFiguresAreExactOnASeededSet() {
        LocalDate from = TODAY.minusDays(100);
        String caseId = openCase(VN_SUPERVISOR, "Fugitive figures", "TH-ONCB", "LA-MPS", "MM-CCDAC");
        String a = addSubject(VN_INVESTIGATOR, caseId, "Fugitive A", "VN");
        String b = addSubject(VN_INVESTIGATOR, caseId, "Fugitive B", "VN");
        String c = addSubject(VN_INVESTIGATOR, caseId, "Fugitive C", "VN");
        String d = addSubject(VN_INVESTIGATOR, caseId, "Fugitive D", "TH");
        String e = addSubject(VN_INVESTIGATOR, caseId, "Fugitive E", "VN");
        warrant(caseId, a, TODAY.minusDays(90));
        String wantedB = warrant(caseId, b, TODAY.minusDays(80));
        warrant(caseId, c, TODAY.minusDays(200)); // before the period: not counted as wanted in it
        // A arrested in Thailand and extradited to Vietnam: 20 days from provisional arrest to surrender
        as(TH_INVESTIGATOR).body(Map.of("subjectId", a, "country", "TH", "arrestedAt", TODAY.minusDays(60) + "T03:00:00Z"))
                .post("/api/cases/" + caseId + "/arrests").then().statusCode(201);
        String ax = transfer(caseId, a, "EXTRADITION", Map.of("requestedCountry", "TH", "requestedOn", TODAY.minusDays(65).toString()))
                .statusCode(201).extract().path("id");
        step(caseId, ax, "PROVISIONAL_ARREST", TODAY.minusDays(60), Map.of()).statusCode(200);
        step(caseId, ax, "APPROVED", TODAY.minusDays(50), Map.of()).statusCode(200);
        step(caseId, ax, "SURRENDERED", TODAY.minusDays(40), Map.of("handoverPlace", "Suvarnabhumi")).statusCode(200);
        // B seen in Laos
        as(LA_INVESTIGATOR).body(Map.of("country", "LA", "seenAt", TODAY.minusDays(30) + "T10:00:00Z", "sourceReliability", "C",
                "informationCredibility", "3")).post("/api/wanted/" + wantedB + "/sightings").then().statusCode(201);
        // C detained in Laos and deported to Vietnam: 10 days
        String cx = transfer(caseId, c, "DEPORTATION", Map.of("requestedCountry", "LA", "requestedOn", TODAY.minusDays(35).toString()))
                .statusCode(201).extract().path("id");
        step(caseId, cx, "DETAINED", TODAY.minusDays(30), Map.of()).statusCode(200);
        step(caseId, cx, "ORDERED", TODAY.minusDays(25), Map.of()).statusCode(200);
        step(caseId, cx, "HANDED_OVER", TODAY.minusDays(20), Map.of("handoverPlace", "Cau Treo")).statusCode(200);
        // Thailand asks Vietnam for D: refused; Vietnam asks Laos for E: refused
        String dx = transfer(caseId, d, "EXTRADITION", Map.of("requestingCountry", "TH", "requestedCountry", "VN")).statusCode(201)
                .extract().path("id");
        step(caseId, dx, "REFUSED", TODAY.minusDays(3), Map.of("refusalGround", "NATIONALITY_OF_THE_PERSON")).statusCode(200);
        String ex = transfer(caseId, e, "EXTRADITION", Map.of("requestedCountry", "LA")).statusCode(201).extract().path("id");
        step(caseId, ex, "REFUSED", TODAY.minusDays(2), Map.of("refusalGround", "INSUFFICIENT_EVIDENCE")).statusCode(200);
        // a warrant in a case Myanmar does not take part in does not count for it
        String hidden = openCase(VN_SUPERVISOR, "Fugitive figures, not Myanmar's");
        warrant(hidden, addSubject(VN_INVESTIGATOR, hidden, "Fugitive F", "VN"), TODAY.minusDays(10));

        as(MM_ANALYST).queryParam("country", "VN").queryParam("from", from.toString()).queryParam("to", TODAY.toString())
                .get("/api/statistics/fugitives").then().statusCode(200)
                .body("wanted", is(2))
                .body("located", is(3))
                .body("arrestedAbroad", is(2))
                .body("transfers", hasSize(2))
                .body("transfers.find { it.counterpart == 'TH' }.direction", is("IN"))
                .body("transfers.find { it.counterpart == 'TH' }.kind", is("EXTRADITION"))
                .body("transfers.find { it.counterpart == 'LA' }.kind", is("DEPORTATION"))
                .body("transfers.persons", everyItem(is(1)))
                .body("refusals", hasSize(2))
                .body("refusals.find { it.direction == 'OUT' }.counterpart", is("TH"))
                .body("refusals.find { it.direction == 'OUT' }.ground", is("NATIONALITY_OF_THE_PERSON"))
                .body("refusals.find { it.direction == 'IN' }.ground", is("INSUFFICIENT_EVIDENCE"))
                .body("medianDaysArrestToHandoverIn", is(15.0f))
                .body("medianDaysArrestToHandoverOut", nullValue());
        // Thailand's side of the same cases: it was asked for nobody handed over, it asked for D
        as(MM_ANALYST).queryParam("country", "TH").queryParam("from", from.toString())
                .get("/api/statistics/fugitives").then().statusCode(200)
                .body("wanted", is(0)).body("transfers.direction", contains("OUT")).body("refusals.direction", contains("IN"))
                .body("medianDaysArrestToHandoverOut", is(20.0f));
        // a period before it all: nothing
        as(MM_ANALYST).queryParam("country", "VN").queryParam("from", TODAY.minusDays(400).toString())
                .queryParam("to", TODAY.minusDays(300).toString()).get("/api/statistics/fugitives").then()
                .body("wanted", is(0)).body("located", is(0)).body("transfers", empty()).body("medianDaysArrestToHandoverIn", nullValue());
        // refusals
        as(MM_ANALYST).get("/api/statistics/fugitives").then().statusCode(400).body("detail", containsString("country"));
        as(MM_ANALYST).queryParam("country", "VN").queryParam("from", TODAY.toString()).queryParam("to", from.toString())
                .get("/api/statistics/fugitives").then().statusCode(400);
        as(MM_ANALYST).queryParam("country", "VN").queryParam("from", "yesterday").get("/api/statistics/fugitives").then().statusCode(400);
        as(VN_INVESTIGATOR).queryParam("country", "VN").get("/api/statistics/fugitives").then().statusCode(403);
    }

    private static String warrant(String caseId, String subject, LocalDate issuedOn) {
        return as(VN_INVESTIGATOR).body(WantedPersonsTest.warrant(subject, Map.of("issuedOn", issuedOn.toString())))
                .post("/api/cases/" + caseId + "/warrants").then().statusCode(201).extract().path("id");
    }

    private static String subjectWithPassport(String caseId, String name, String passport) {
        return as(VN_INVESTIGATOR).body(Map.of("fullName", name, "nationality", "VN", "role", "FINANCIER", "status", "AT_LARGE",
                        "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", passport, "issuingCountry", "VN"))))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
    }

    private static ValidatableResponse asset(String caseId, String subject, String type, int value, String currency) {
        return as(VN_INVESTIGATOR).body(Map.of("subjectId", subject, "type", type, "count", 1, "estimatedValue", value,
                "currency", currency, "country", "VN", "seizedAt", "2026-03-02T00:00:00Z")).post("/api/cases/" + caseId + "/assets").then();
    }

    private static ValidatableResponse transfer(String caseId, String subject, String kind, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("subjectId", subject, "kind", kind, "requestingCountry", "VN",
                "requestedCountry", "LA", "legalBasis", "BILATERAL_AGREEMENT", "agreement", "VN-LA police cooperation 2010",
                "requestedOn", TODAY.minusDays(30).toString()));
        body.putAll(extra);
        return as(VN_LIAISON).body(body).post("/api/cases/" + caseId + "/extraditions").then();
    }

    private static ValidatableResponse step(String caseId, String id, String status, LocalDate on, Map<String, Object> extra) {
        String path = "/api/cases/" + caseId + "/extraditions/" + id;
        Map<String, Object> body = new HashMap<>(Map.of("status", status, "on", on.toString()));
        body.putAll(extra);
        return as(VN_LIAISON).header("If-Match", etagOf(VN_LIAISON, path)).body(body).post(path + "/transitions").then();
    }
}
