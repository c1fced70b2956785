package org.mekong.jtf.e2e;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.mekong.jtf.common.testing.Tokens;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One joint investigation, Vietnam and Thailand, driven through the gateway only, against the
 * packaged suite that {@code bin/e2e} started: real PostgreSQL, real tokens, real HTTP between the
 * services. Each step is a test method, in order; state passes in static fields. Cambodia (KH-NACD)
 * is the agency outside the case. The last steps stop the intel service and check what degrades.
 */
@EnabledIfSystemProperty(named = "e2e.gateway", matches = "https?://.+")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JointInvestigationE2ETest {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    // Vietnam: C04 (drug police) leads the case
    private static final String VN_SUP = Tokens.officer("e2e-vn-sup", "VN-C04", "VN", "supervisor", "investigator");
    private static final String VN_INV = Tokens.officer("e2e-vn-inv", "VN-C04", "VN", "investigator", "analyst", "liaison");
    private static final String VN_CMD = Tokens.officer("e2e-vn-cmd-" + RUN, "VN-C04", "VN", "commander");
    private static final String VN_AUD = Tokens.officer("e2e-vn-aud", "VN-C04", "VN", "auditor");
    // Thailand: ONCB takes part
    private static final String TH_SUP = Tokens.officer("e2e-th-sup", "TH-ONCB", "TH", "supervisor");
    private static final String TH_ANA = Tokens.officer("e2e-th-ana", "TH-ONCB", "TH", "analyst", "liaison", "investigator");
    private static final String TH_AUD = Tokens.officer("e2e-th-aud", "TH-ONCB", "TH", "auditor");
    // Cambodia: outside the case
    private static final String KH = Tokens.officer("e2e-kh-inv", "KH-NACD", "KH", "investigator", "analyst", "liaison", "commander");

    private static final String LA = Tokens.officer("e2e-la-ana", "LA-MPS", "LA", "analyst");
    /** A Vietnamese mobile number of this run only: the e2e databases are kept between runs, and a number seen in more
     * than 20 records stops correlating (the cut-off). */
    private static final String PHONE = "09" + String.format("%08d", Math.floorMod(RUN.hashCode(), 100_000_000));
    /** A word of letters of this run only, in the Thai courier's name, for the same reason. */
    private static final String NAME_TAG = RUN.chars().mapToObj(c -> String.valueOf((char) ('a' + Character.digit(c, 16))))
            .collect(java.util.stream.Collectors.joining());
    private static final Map<String, String> checkpoints = new HashMap<>();
    private static String gateway;
    private static String caseId;
    private static String subjectId;
    private static String reportId;
    private static String messageId;
    private static String taskForceId;
    private static String laoReportId;

    @BeforeAll
    static void pointAtTheGateway() {
        gateway = System.getProperty("e2e.gateway").replaceAll("/$", "");
        RestAssured.baseURI = gateway;
    }

    @Test
    @Order(1)
    void auditorsKeepACheckpointOfEachServicesChainFirst() {
        checkpoints.put("cases", checkpoint(VN_AUD, "cases"));
        checkpoints.put("intel", checkpoint(TH_AUD, "intel"));
        checkpoints.put("task-forces", checkpoint(VN_AUD, "task-forces"));
    }

    @Test
    @Order(2)
    void vietnamOpensACaseAndInvitesThailand() {
        Response opened = as(VN_SUP).header("Idempotency-Key", "e2e-case-" + RUN).body(Map.of(
                        "title", "E2E Chiang Khong - Nghe An corridor " + RUN, "summary", "WY tablets across the Mekong",
                        "priority", "HIGH", "tlp", "AMBER", "openedOn", LocalDate.now().minusDays(10).toString(),
                        "participatingAgencies", List.of()))
                .post("/api/cases");
        opened.then().statusCode(201).header("Location", startsWith(gateway + "/api/cases/"));
        caseId = opened.path("id");
        // a retry with the same key: the same case, the Location again the gateway's
        as(VN_SUP).header("Idempotency-Key", "e2e-case-" + RUN).body(Map.of(
                        "title", "E2E Chiang Khong - Nghe An corridor " + RUN, "summary", "WY tablets across the Mekong",
                        "priority", "HIGH", "tlp", "AMBER", "openedOn", LocalDate.now().minusDays(10).toString(),
                        "participatingAgencies", List.of()))
                .post("/api/cases").then().statusCode(201).body("id", is(caseId))
                .header("Location", is(gateway + "/api/cases/" + caseId));
        as(TH_ANA).get("/api/cases/" + caseId).then().statusCode(404);
        as(VN_SUP).header("If-Match", etag(VN_SUP, "/api/cases/" + caseId)).body(Map.of("agency", "TH-ONCB"))
                .post("/api/cases/" + caseId + "/participants").then().statusCode(anyOf(is(200), is(201)));
        as(TH_ANA).get("/api/cases/" + caseId).then().statusCode(200).body("participatingAgencies", hasItem("TH-ONCB"));
        subjectId = as(VN_INV).body(Map.of("fullName", "Nguyễn Văn Hùng", "aliases", List.of("Hung Lao"), "nationality", "VN",
                        "role", "COURIER", "status", "WANTED", "dateOfBirth", "1979-04-02", "phones", List.of(PHONE)))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201)
                .header("Location", startsWith(gateway + "/api/cases/" + caseId + "/subjects/")).extract().path("id");
        // the Thai courier, as his passport spells him
        as(VN_INV).body(Map.of("fullName", "Somchai Jaidee " + NAME_TAG, "nationality", "TH", "role", "COURIER", "status", "WANTED",
                "dateOfBirth", "1979-05-12")).post("/api/cases/" + caseId + "/subjects").then().statusCode(201);
    }

    @Test
    @Order(3)
    void thailandSharesAGradedReportOnTheCaseWithVietnam() {
        String drafts = "/api/intel/reports";
        Response draft = as(TH_ANA).header("Idempotency-Key", "e2e-report-" + RUN).body(Map.of(
                        "title", "Courier phone on the Chiang Khong crossing " + RUN,
                        "body", "The courier Nguyen Van Hung uses a Vietnamese mobile when crossing at Chiang Khong.",
                        "sourceReliability", "B", "informationCredibility", 2, "tlp", "AMBER", "handling", "H2",
                        "substances", List.of("METHAMPHETAMINE_TABLETS"), "caseReferences", List.of(caseId),
                        "distribution", List.of(Map.of("agency", "VN-C04", "agreement", "VN-TH-1998", "purpose", "INVESTIGATION")),
                        // the number as a Thai officer writes a foreign one
                        "entities", List.of(Map.of("type", "PHONE", "value", "+84 " + PHONE.substring(1, 3) + " " + PHONE.substring(3)),
                                // and the Thai courier in Thai script
                                Map.of("type", "PERSON", "value", "สมชาย ใจดี " + NAME_TAG, "birthYear", 1979))))
                .post(drafts);
        draft.then().statusCode(201).header("Location", startsWith(gateway + "/api/intel/reports/"));
        reportId = draft.path("id");
        String path = drafts + "/" + reportId;
        as(TH_ANA).header("If-Match", etag(TH_ANA, path)).body(Map.of("status", "PUBLISHED")).post(path + "/transitions")
                .then().statusCode(200).body("status", is("PUBLISHED"));
        as(VN_INV).get(path).then().statusCode(200).body("grading.code", is("B2")).body("handling", is("H2"));
        as(VN_INV).queryParam("caseRef", caseId).get(drafts).then().statusCode(200).body("items.id", hasItem(reportId));
        // Laos holds the same number in a report it shares with nobody: Vietnam may learn only that Laos holds a match
        String lao = as(LA).body(Map.of("title", "Lao courier " + RUN, "body", "A courier's number dialled from Houayxay.",
                        "sourceReliability", "C", "informationCredibility", 3, "tlp", "AMBER", "handling", "H2",
                        "entities", List.of(Map.of("type", "PHONE", "value", "00 84 " + PHONE.substring(1)))))
                .post(drafts).then().statusCode(201).extract().path("id");
        as(LA).header("If-Match", etag(LA, drafts + "/" + lao)).body(Map.of("status", "PUBLISHED")).post(drafts + "/" + lao + "/transitions")
                .then().statusCode(200);
        laoReportId = lao;
    }

    @Test
    @Order(4)
    void aFlashHotlineMessageIsSentAndAcknowledged() {
        Response sent = as(VN_INV).header("Idempotency-Key", "e2e-flash-" + RUN).body(Map.of(
                        "to", "TH-ONCB", "priority", "FLASH", "subject", "Verify the courier held at Chiang Khong",
                        "body", "Is he the Nguyen Van Hung of our case?", "handling", "H1", "tlp", "AMBER", "caseId", caseId))
                .post("/api/hotline/messages");
        sent.then().statusCode(201).header("Location", startsWith(gateway + "/api/hotline/messages/")).body("status", is("SENT"));
        messageId = sent.path("id");
        String path = "/api/hotline/messages/" + messageId;
        as(TH_ANA).header("If-Match", etag(TH_ANA, path)).body(Map.of("status", "ACKNOWLEDGED")).post(path + "/transitions")
                .then().statusCode(200).body("status", is("ACKNOWLEDGED"));
    }

    @Test
    @Order(5)
    void aMixedVietnameseThaiTaskForceIsFormedActivatedAndDeployed() {
        String vnCmd = "e2e-vn-cmd-" + RUN;
        String thInv = "e2e-th-inv-" + RUN;
        roster(VN_SUP, "e2e-vn-sup", "Tran Thi Binh", List.of("vi", "en"));
        roster(VN_SUP, vnCmd, "Nguyen Van An", List.of("vi", "en", "th"));
        roster(TH_SUP, "e2e-th-sup", "Somchai Jaidee", List.of("th", "en"));
        roster(TH_SUP, thInv, "Niran Sombat", List.of("th", "en"));
        Response formed = as(VN_CMD).header("Idempotency-Key", "e2e-tf-" + RUN)
                .body(Map.of("name", "JTF Chiang Khong " + RUN, "mandate", "Dismantle the courier network", "cases", List.of(caseId)))
                .post("/api/task-forces");
        formed.then().statusCode(201).header("Location", startsWith(gateway + "/api/task-forces/"));
        taskForceId = formed.path("id");
        String path = "/api/task-forces/" + taskForceId;
        as(VN_CMD).header("If-Match", etag(VN_CMD, path)).body(Map.of("officerId", vnCmd, "role", "COMMANDER", "reportsTo", "e2e-vn-sup"))
                .post(path + "/members").then().statusCode(201);
        as(VN_CMD).header("If-Match", etag(VN_CMD, path)).body(Map.of("officerId", thInv, "role", "INVESTIGATOR", "reportsTo", "e2e-th-sup"))
                .post(path + "/members").then().statusCode(201);
        as(VN_CMD).header("If-Match", etag(VN_CMD, path)).body(Map.of("status", "ACTIVE")).post(path + "/transitions")
                .then().statusCode(200).body("status", is("ACTIVE")).body("countries", contains("TH", "VN"));
        String day = LocalDate.now().plusDays(30 + Math.abs(RUN.hashCode() % 300)).toString();
        as(VN_CMD).body(Map.of("country", "TH", "province", "TH-57", "placeName", "Chiang Khong pier", "kind", "CHECKPOINT",
                        "startsAt", day + "T06:00:00Z", "endsAt", day + "T18:00:00Z", "officers", List.of(vnCmd, thInv)))
                .post(path + "/deployments").then().statusCode(201).body("commonLanguages", hasItems("en", "th"));
        as(TH_ANA).get(path).then().statusCode(200);
    }

    @Test
    @Order(6)
    void arrestsAJointSeizureSeizedVehiclesAndAnExtraditionRequestAreRecorded() {
        String records = "/api/cases/" + caseId;
        String when = LocalDate.now().minusDays(3) + "T22:10:00Z";
        as(TH_ANA).body(Map.of("subjectId", subjectId, "country", "TH", "province", "TH-57", "place", "Chiang Khong pier", "arrestedAt", when))
                .post(records + "/arrests").then().statusCode(201);
        as(TH_ANA).body(Map.of("substance", "METHAMPHETAMINE_TABLETS", "quantity", 400000, "unit", "TABLETS",
                        "seizingAgencies", List.of("TH-ONCB", "VN-C04"), "country", "TH", "province", "TH-57",
                        "seizedAt", when, "tabletLogo", "WY"))
                .post(records + "/seizures").then().statusCode(201);
        as(TH_ANA).body(Map.of("type", "CAR", "count", 2, "description", "Two pick-ups with hidden compartments",
                        "country", "TH", "seizedAt", when))
                .post(records + "/assets").then().statusCode(201);
        as(VN_SUP).body(Map.of("subjectId", subjectId, "requestingCountry", "VN", "requestedCountry", "TH",
                        "legalBasis", "BILATERAL_AGREEMENT", "agreement", "VN-TH extradition treaty", "requestedOn", LocalDate.now().toString()))
                .post(records + "/extraditions").then().statusCode(201).header("Location", startsWith(gateway + records + "/extraditions/"));
    }

    @Test
    @Order(7)
    void theDossierAndTheStatisticsShowItAll() throws Exception {
        String dossier = "/api/dossiers/" + caseId;
        as(VN_INV).get(dossier).then().statusCode(200)
                .body("complete", is(true)).body("degraded", empty())
                .body("case.id", is(caseId)).body("case.participatingAgencies", hasItems("VN-C04", "TH-ONCB"))
                .body("subjects.fullName", containsInAnyOrder("Nguyễn Văn Hùng", "Somchai Jaidee " + NAME_TAG))
                .body("arrests", hasSize(1)).body("seizures[0].seizingAgencies", hasItems("TH-ONCB", "VN-C04"))
                .body("assets[0].type", is("CAR")).body("assets[0].count", is(2))
                .body("extraditions[0].status", is("REQUESTED"))
                .body("intelReports.id", contains(reportId))
                .body("hotlineThreads.id", contains(messageId)).body("hotlineThreads[0].status", is("ACKNOWLEDGED"))
                .body("taskForces.id", contains(taskForceId)).body("taskForces[0].deployments", hasSize(1))
                .body("taskForces[0].members", hasSize(2))
                .body("tlp", is("AMBER")).body("handling", is("H2"));
        // the case's subject and the two reports name the same phone: Thailand's report linked, Laos's only said to be held by Laos
        // (the case service feeds the index through its outbox, a second or so behind)
        // (the WY logo of the seizure may also match earlier runs' seizures: those are Vietnam's own cases, linked too)
        JsonPathWait.until(() -> as(VN_INV).get("/api/correlation/cases/" + caseId + "/hits").then().extract().statusCode() == 200
                && as(VN_INV).get("/api/correlation/cases/" + caseId + "/hits").then().extract()
                .<List<Object>>path("findAll { it.type == 'PHONE' || it.explanation != null && it.explanation.contains('" + NAME_TAG + "') }")
                .size() >= 3, 30);
        String hits = as(VN_INV).get(dossier).then().statusCode(200)
                .body("correlationHits.findAll { it.type == 'PHONE' }", hasSize(2))
                .body("correlationHits.find { it.type == 'PHONE' && it.visibility == 'LINKED' }.matched.id", is(reportId))
                .body("correlationHits.find { it.type == 'PHONE' && it.visibility == 'LINKED' }.explanation",
                        is("same E.164 number +84" + PHONE.substring(1)))
                .body("correlationHits.find { it.type == 'PHONE' && it.visibility == 'HELD_ELSEWHERE' }.heldBy", is("LA-MPS"))
                .body("correlationHits.find { it.type == 'PHONE' && it.visibility == 'HELD_ELSEWHERE' }.matched", nullValue())
                // the passport spelling of the case and the Thai script of the report: the same person, born the same year
                // (the Vietnamese courier's name also matches earlier runs' cases, Vietnam's own: the databases are kept)
                .body("correlationHits.findAll { it.type == 'PERSON' && it.explanation.contains('" + NAME_TAG + "') }", hasSize(1))
                .body("correlationHits.find { it.explanation.contains('" + NAME_TAG + "') }.matched.id", is(reportId))
                .body("correlationHits.find { it.explanation.contains('" + NAME_TAG + "') }.strength", is("HIT"))
                .body("correlationHits.find { it.explanation.contains('" + NAME_TAG + "') }.explanation", allOf(
                        containsString("names match after transliteration"),
                        containsString("สมชาย ใจดี " + NAME_TAG + " (somchai chaidi " + NAME_TAG + ")"), containsString("same year of birth 1979")))
                .extract().asString();
        assertTrue(!hits.contains(laoReportId) && !hits.contains("Lao courier"), "nothing of the Lao report: " + hits);
        // Thailand's view of the same case: its own report, the thread, the task force
        as(TH_ANA).get(dossier).then().statusCode(200).body("intelReports.id", contains(reportId)).body("taskForces", hasSize(1));
        byte[] pdf = as(VN_INV).get(dossier + "/pdf").then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        PdfReader reader = new PdfReader(pdf);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(first.contains("TLP:AMBER") && first.contains("handling H2") && first.contains("Nguyễn Văn Hùng"), first);
        reader.close();

        String today = LocalDate.now().toString();
        as(TH_ANA).queryParam("country", "TH").queryParam("from", LocalDate.now().minusDays(30).toString()).queryParam("to", today)
                .get("/api/statistics").then().statusCode(200)
                .body("personsArrested", greaterThanOrEqualTo(1))
                .body("seizures.find { it.substance == 'METHAMPHETAMINE_TABLETS' }", notNullValue());
    }

    @Test
    @Order(8)
    void anAgencyOutsideTheCaseSeesNoneOfIt() {
        as(KH).get("/api/cases/" + caseId).then().statusCode(404).contentType("application/problem+json");
        as(KH).get("/api/cases/" + caseId + "/subjects").then().statusCode(404);
        as(KH).get("/api/dossiers/" + caseId).then().statusCode(404).contentType("application/problem+json");
        as(KH).get("/api/dossiers/" + caseId + "/pdf").then().statusCode(404);
        as(KH).get("/api/intel/reports/" + reportId).then().statusCode(404);
        as(KH).queryParam("caseRef", caseId).get("/api/intel/reports").then().statusCode(200).body("total", is(0));
        as(KH).get("/api/hotline/messages/" + messageId).then().statusCode(404);
        as(KH).get("/api/task-forces/" + taskForceId).then().statusCode(404);
        as(KH).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(404);
        as(KH).queryParam("caseId", caseId).get("/api/task-forces").then().statusCode(200).body("total", is(0));
        // no token, a forged token: refused at the edge
        RestAssured.given().get("/api/cases/" + caseId).then().statusCode(401).contentType("application/problem+json");
        RestAssured.given().header("Authorization", "Bearer " + Tokens.foreignKey("VN-C04", "VN", "supervisor"))
                .get("/api/dossiers/" + caseId).then().statusCode(401);
    }

    @Test
    @Order(9)
    void theFugitiveIsFoundByAnOutsiderAndAnOverdueStepIsRaisedOnceAcrossARestart() throws Exception {
        String records = "/api/cases/" + caseId;
        String wantedId = as(VN_INV).body(Map.of("subjectId", subjectId, "issuingAuthority", "Nghe An People's Court",
                        "issuedOn", LocalDate.now().minusDays(20).toString(), "offence", "Trafficking (art. 250)", "reference", "NA-" + RUN,
                        "requests", List.of(Map.of("kind", "RED_NOTICE", "requestedOn", LocalDate.now().minusDays(19).toString()))))
                .post(records + "/warrants").then().statusCode(201).header("Location", startsWith(gateway + records + "/warrants/"))
                .extract().path("id");
        // Cambodia, outside the case: a hit, who wants him and whom to ask, nothing more
        as(KH).queryParam("name", "hung nguyen van").queryParam("dateOfBirth", "1979-04-02").get("/api/wanted").then().statusCode(200)
                .body("result", is("HIT")).body("entries.wantedId", hasItem(wantedId))
                .body("entries.find { it.wantedId == '" + wantedId + "' }.contactAgency", is("VN-C04"))
                .body("entries.person", everyItem(nullValue())).body("entries.warrant", everyItem(nullValue()));
        String sighting = as(KH).body(Map.of("country", "KH", "province", "KH-12", "seenAt", LocalDate.now().minusDays(1) + "T09:00:00Z",
                        "sourceReliability", "B", "informationCredibility", "2"))
                .post("/api/wanted/" + wantedId + "/sightings").then().statusCode(201)
                .header("Location", startsWith(gateway + "/api/wanted/" + wantedId + "/sightings/")).extract().path("id");
        as(VN_INV).get(records + "/timeline?size=200").then().body("items.type", hasItems("WARRANT_ISSUED", "SIGHTING_RECORDED"));

        // a provisional arrest 50 days ago under the UN model's 40 days: the case service's own clock raises it
        String path = as(VN_INV).body(Map.of("subjectId", subjectId, "requestingCountry", "VN", "requestedCountry", "TH",
                        "legalBasis", "MULTILATERAL_CONVENTION", "basis", "UN-MODEL-1990", "requestedOn", LocalDate.now().minusDays(55).toString()))
                .post(records + "/extraditions").then().statusCode(201).extract().header("Location").substring(gateway.length());
        String extradition = path.substring(path.lastIndexOf('/') + 1);
        as(VN_INV).header("If-Match", etag(VN_INV, path)).body(Map.of("status", "PROVISIONAL_ARREST", "on", LocalDate.now().minusDays(50).toString()))
                .post(path + "/transitions").then().statusCode(200).body("overdue", is(true));
        assertEquals(1, raisedFor(extradition, 30), "raised by the deadline clock");
        // both reach Vietnam's hotline: the case service delivered them to the intel service as alerts
        assertTrue(alerted("EXTRADITION_OVERDUE", extradition, 30), "the overdue step on Vietnam's hotline");
        assertTrue(alerted("WANTED_PERSON_SIGHTED", sighting, 30), "the sighting on Vietnam's hotline");
        as(TH_ANA).get("/api/hotline/alerts").then().statusCode(200).body("items.objectId", not(hasItem(extradition)));
        // the case service restarts (SIGTERM, then the same settings): nothing is raised twice
        Process restart = new ProcessBuilder(Path.of(System.getProperty("e2e.root", "."), "bin", "suite").toString(), "restart", "case-service")
                .inheritIO().start();
        assertEquals(0, restart.waitFor(), "bin/suite restart case-service");
        Thread.sleep(3000); // several ticks of the restarted clock (every second here)
        assertEquals(1, raisedFor(extradition, 0));
        as(VN_INV).get("/api/extraditions/overdue").then().statusCode(200).body("id", hasItem(extradition));
    }

    /** Whether Vietnam's hotline holds an alert of that kind about the object, waiting up to so many seconds. */
    private static boolean alerted(String kind, String objectId, int waitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            List<String> kinds = as(VN_INV).get("/api/hotline/alerts?size=200").then().statusCode(200)
                    .extract().path("items.findAll { it.objectId == '" + objectId + "' }.kind");
            if (kinds.contains(kind)) {
                return true;
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
    }

    /** How many EXTRADITION_OVERDUE lines the case timeline holds for the request, waiting up to so many seconds for the first. */
    private static long raisedFor(String extradition, int waitSeconds) throws InterruptedException {
        long deadline = System.nanoTime() + waitSeconds * 1_000_000_000L;
        while (true) {
            List<String> raised = as(VN_INV).get("/api/cases/" + caseId + "/timeline?size=200").then().statusCode(200)
                    .extract().path("items.findAll { it.type == 'EXTRADITION_OVERDUE' }.objectId");
            long count = raised.stream().filter(extradition::equals).count();
            if (count > 0 || System.nanoTime() > deadline) {
                return count;
            }
            Thread.sleep(250);
        }
    }

    @Test
    @Order(10)
    void everyAuditChainStillExtendsTheCheckpointsTakenAtTheStart() {
        verify(VN_AUD, "cases", checkpoints.get("cases"));
        verify(TH_AUD, "intel", checkpoints.get("intel"));
        verify(VN_AUD, "task-forces", checkpoints.get("task-forces"));
        // the partner's reads are there: Thailand read Vietnam's case
        as(VN_AUD).queryParam("agency", "TH-ONCB").get("/api/audit/cases/partner-reads").then().statusCode(200);
    }

    @Test
    @Order(11)
    void withTheIntelServiceKilledTheDossierDegradesItsRoutesAnswer503AndTheRestWorks() throws Exception {
        Path pidFile = Path.of(System.getProperty("e2e.root", "."), ".run", "pids", "intel-service.pid");
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle intel = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("intel-service (pid " + pid + ") is not running"));
        intel.destroyForcibly();
        intel.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);

        long started = System.nanoTime();
        as(VN_INV).get("/api/dossiers/" + caseId).then().statusCode(200)
                .body("complete", is(false))
                .body("degraded.part", hasItems("intelReports", "earlyWarnings", "hotlineThreads"))
                .body("degraded.service", everyItem(is("intel-service")))
                .body("intelReports", nullValue())
                .body("case.id", is(caseId)).body("taskForces.id", contains(taskForceId));
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 5_000, "the degraded dossier took " + millis + " ms");
        for (String route : List.of("/api/intel/reports", "/api/hotline/messages", "/api/agreements")) {
            as(VN_INV).get(route).then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", notNullValue()).body("detail", containsString("intel-service"));
        }
        as(VN_INV).get("/api/cases/" + caseId).then().statusCode(200);
        as(VN_CMD).get("/api/task-forces/" + taskForceId).then().statusCode(200);
        as(VN_SUP).body(Map.of("fullName", "Second courier", "nationality", "TH", "role", "COURIER", "status", "WANTED"))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201);
        // and the API page still shows the other services, with a placeholder for the one that is down
        RestAssured.given().get("/docs/openapi/case-service").then().statusCode(200).body("servers.url", contains("/"));
        RestAssured.given().get("/docs/openapi/intel-service").then().statusCode(200);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private static RequestSpecification as(String token) {
        return RestAssured.given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    private static String etag(String token, String path) {
        return as(token).get(path).then().statusCode(200).extract().header("ETag");
    }

    private static void roster(String supervisor, String officerId, String name, List<String> languages) {
        int status = as(supervisor).body(Map.of("officerId", officerId, "name", name, "rank", "Major", "languages", languages))
                .post("/api/officers").statusCode();
        // 409: already on the roster from an earlier run against the same database
        assertTrue(status == 201 || status == 409, officerId + ": " + status);
    }

    /** The latest signed checkpoint, or null when the agency's chain in that service is still empty (a new database). */
    private static String checkpoint(String auditor, String service) {
        Response response = as(auditor).get("/api/audit/" + service + "/checkpoint");
        if (response.statusCode() == 404) {
            response.then().body("detail", containsString("no checkpoint yet"));
            return null;
        }
        return response.then().statusCode(200).extract().path("note");
    }

    /** Against the kept checkpoint: the chain is intact and extends it (an empty chain at the start is extended by anything). */
    private static void verify(String auditor, String service, String checkpoint) {
        Response verified = checkpoint == null ? as(auditor).get("/api/audit/" + service + "/verify")
                : as(auditor).body(Map.of("checkpoint", checkpoint)).post("/api/audit/" + service + "/verify");
        verified.then().statusCode(200);
        assertEquals(Boolean.TRUE, verified.path("valid"), service + ": " + verified.asString());
        if (checkpoint != null) {
            assertEquals(Boolean.TRUE, verified.path("checkpoint.extended"), service + ": " + verified.asString());
        }
    }

    /** Waits for what a service does behind the request (the outbox relay, the deadline clock). */
    private static final class JsonPathWait {
        static void until(java.util.function.BooleanSupplier done, int seconds) throws InterruptedException {
            long deadline = System.nanoTime() + seconds * 1_000_000_000L;
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("not done within " + seconds + " s");
                }
                Thread.sleep(250);
            }
        }
    }
}
