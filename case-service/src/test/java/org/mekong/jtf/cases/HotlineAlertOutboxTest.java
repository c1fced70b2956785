package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.service.ExtraditionDeadlines;
import org.mekong.jtf.cases.service.OutboxRelay;
import org.mekong.jtf.common.testing.Tokens;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mekong.jtf.cases.Api.*;
import static org.hamcrest.Matchers.is;

/**
 * Hotline alerts from the case service: written to the outbox with the change they tell about, and
 * delivered at least once by the relay, retried while the intel service is down or failing. The
 * intel service is played here by a plain HTTP server on the port the test profile points at, so
 * that the test can make it absent, failing or answering; the real one is in the end-to-end test.
 */
@QuarkusTest
class HotlineAlertOutboxTest {

    private static final int INTEL_PORT = 18992;
    private static final String KH_INVESTIGATOR = Tokens.officer("kh-inv-4", "KH-NACD", "KH", "investigator");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    OutboxRelay relay;

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    @Inject
    ExtraditionDeadlines deadlines;

    /** Its own Vert.x: a server on the application's would be counted in its metrics. */
    private Vertx vertx;
    private HttpServer intel;
    private final AtomicInteger answer = new AtomicInteger(201);
    private final ConcurrentLinkedQueue<String[]> received = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stopIntel() throws Exception {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aSightingIsAlertedToTheWantingAgencyOnceTheIntelServiceAnswersAndOnlyOnce() throws Throwable {
        String caseId = openCase(VN_SUPERVISOR, "Outbox sighting case", "TH-ONCB");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Outbox fugitive", "VN");
        String wantedId = as(VN_INVESTIGATOR).body(WantedPersonsTest.warrant(subject, Map.of())).post("/api/cases/" + caseId + "/warrants")
                .then().statusCode(201).extract().path("id");
        String sightings = "/api/wanted/" + wantedId + "/sightings";
        Map<String, Object> seen = Map.of("country", "KH", "seenAt", TODAY.minusDays(1) + "T08:00:00Z", "sourceReliability", "B",
                "informationCredibility", "2");

        // a refused sighting alerts nobody; a recorded one is in the outbox for VN-C04, written with it
        as(KH_INVESTIGATOR).body(Map.of("country", "KH")).post(sightings).then().statusCode(400);
        assertEquals(0, Db.count("select count(*) from outbox where destination = 'hotline-alert' and payload like '%" + caseId + "%'"));
        String sighting = as(KH_INVESTIGATOR).body(seen).post(sightings).then().statusCode(201).extract().path("id");
        String entry = only("select id from outbox where payload like '%" + sighting + "%'");
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and agency = 'VN-C04'"
                + " and destination = 'hotline-alert' and payload like '%WANTED_PERSON_SIGHTED%' and delivered_at is null"));

        // the intel service is down: the attempt is counted, the entry waits
        relay();
        assertEquals(1, Db.count("select attempts from outbox where id = '" + entry + "'"));
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and delivered_at is null"
                + " and next_attempt_at > now() and last_error is not null"));
        // up but failing (503): tried again once due, waits longer
        startIntel();
        answer.set(503);
        makeDue(entry);
        relay();
        assertEquals(2, Db.count("select attempts from outbox where id = '" + entry + "'"));
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and delivered_at is null"
                + " and next_attempt_at > now() + interval '3 seconds'"));
        // answering: delivered, with the case service's own token for VN-C04
        answer.set(201);
        makeDue(entry);
        received.clear();
        relay();
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + entry + "' and delivered_at is not null and last_error is null"));
        String[] call = received.stream().filter(r -> r[2].contains(entry)).findFirst().orElseThrow();
        assertEquals("/api/hotline/alerts", call[0]);
        String claims = new String(Base64.getUrlDecoder().decode(call[1].substring("Bearer ".length()).split("\\.")[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"sub\":\"case-service\"") && claims.contains("\"agency\":\"VN-C04\"")
                && claims.contains("\"country\":\"VN\"") && claims.contains("\"integration\""), claims);
        assertTrue(call[2].contains("\"kind\":\"WANTED_PERSON_SIGHTED\"") && call[2].contains("\"objectId\":\"" + sighting + "\""), call[2]);
        // delivered is delivered: the next ticks send it no more
        received.clear();
        relay();
        assertTrue(received.stream().noneMatch(r -> r[2].contains(entry)));
        // operators see the attempts and what still waits
        String metrics = io.restassured.RestAssured.given().baseUri(org.mekong.jtf.common.testing.Management.base(management))
                .get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("mekong_outbox_attempts_total{destination=\"hotline-alert\",outcome=\"delivered\"")
                && metrics.contains("mekong_outbox_attempts_total{destination=\"hotline-alert\",outcome=\"failed\"")
                && metrics.contains("mekong_outbox_pending"), "outbox metrics");
    }

    @Test
    void anOverdueStepIsAlertedToTheRequestingCountrysAgenciesOnce() throws Throwable {
        String caseId = openCase(VN_SUPERVISOR, "Outbox overdue case", "LA-MPS", "VN-BDBP");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Outbox extraditee", "LA");
        String path = "/api/cases/" + caseId + "/extraditions";
        String id = as(VN_LIAISON).body(Map.of("subjectId", subject, "requestingCountry", "VN", "requestedCountry", "LA",
                "legalBasis", "MULTILATERAL_CONVENTION", "basis", "UN-MODEL-1990", "requestedOn", TODAY.minusDays(60).toString()))
                .post(path).then().statusCode(201).extract().path("id");
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "PROVISIONAL_ARREST", "on", TODAY.minusDays(45).toString()))
                .post(path + "/" + id + "/transitions").then().statusCode(200);
        for (int i = 0; i < 3; i++) {
            VertxContextSupport.subscribeAndAwait(() -> deadlines.tick(TODAY));
        }
        // both Vietnamese agencies of the case, not Laos; one alert each however many ticks
        assertEquals(List.of("VN-BDBP", "VN-C04"), Db.strings("select agency from outbox where payload like '%" + id
                + "%' and payload like '%EXTRADITION_OVERDUE%' order by agency"));
    }

    @Test
    void theCorrelationIndexLearnsEachRecordsIdentifiersAndEachCasesParticipants() throws Throwable {
        String caseId = openCase(VN_SUPERVISOR, "Outbox correlation case", "TH-ONCB");
        String reference = as(VN_SUPERVISOR).get("/api/cases/" + caseId).then().extract().path("reference");
        // a phone that cannot be a number of the person's country: 400 naming it, nothing stored or sent
        as(VN_INVESTIGATOR).body(Map.of("fullName", "Phone person", "nationality", "LA", "role", "COURIER", "status", "WANTED",
                "phones", List.of("020 5555 1234", "12"))).post("/api/cases/" + caseId + "/subjects").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.containsString("phones[1]"));
        assertEquals(0, Db.count("select count(*) from outbox where payload like '%" + caseId + "%'"));
        String subject = as(VN_INVESTIGATOR).body(Map.of("fullName", "Phone person", "nationality", "LA", "role", "COURIER",
                        "status", "WANTED", "phones", List.of("020 5555 1234"),
                        "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", "P 0123456", "issuingCountry", "LA"))))
                .post("/api/cases/" + caseId + "/subjects").then().statusCode(201)
                .body("phones", org.hamcrest.Matchers.contains("020 5555 1234")).extract().path("id");
        String subjectEntry = only("select id from outbox where destination = 'case-record' and resource = 'subject/" + subject + "'");
        String payload = Db.strings("select payload from outbox where id = '" + subjectEntry + "'").get(0);
        assertTrue(payload.contains("\"type\":\"PHONE\",\"value\":\"020 5555 1234\",\"country\":\"LA\"")
                && payload.contains("\"type\":\"IDENTITY_DOCUMENT\"") && payload.contains("\"caseReference\":\"" + reference + "\"")
                && payload.contains("\"participants\":[\"TH-ONCB\",\"VN-C04\"]") && payload.contains("\"seq\":0"), payload);
        assertEquals(1, Db.count("select count(*) from outbox where id = '" + subjectEntry + "' and agency = 'VN-C04'"));
        // an asset with a plate, a seizure with a logo and packaging marks are sent; a seizure without either has nothing to match
        as(VN_INVESTIGATOR).body(Map.of("type", "CAR", "count", 1, "country", "TH", "seizedAt", "2026-03-02T00:00:00Z",
                "plate", "1กข 1234")).post("/api/cases/" + caseId + "/assets").then().statusCode(201).body("plate", is("1กข 1234"));
        as(VN_INVESTIGATOR).body(Map.of("substance", "METHAMPHETAMINE_TABLETS", "quantity", 1000, "unit", "TABLETS", "country", "VN",
                "seizedAt", "2026-03-02T00:00:00Z", "tabletLogo", "WY", "packagingMarks", "999 green tea bags"))
                .post("/api/cases/" + caseId + "/seizures").then().statusCode(201);
        as(VN_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 2, "unit", "KG", "country", "VN",
                "seizedAt", "2026-03-02T00:00:00Z")).post("/api/cases/" + caseId + "/seizures").then().statusCode(201);
        assertEquals(List.of("asset", "seizure", "subject"), Db.strings("select split_part(resource, '/', 1) from outbox where destination = 'case-record'"
                + " and payload like '%" + caseId + "%' order by 1"));
        assertEquals(1, Db.count("select count(*) from outbox where destination = 'case-record' and payload like '%" + caseId
                + "%' and payload like '%\"VEHICLE_PLATE\",\"value\":\"1กข 1234\",\"country\":\"TH\"%'"));
        assertEquals(1, Db.count("select count(*) from outbox where destination = 'case-record' and payload like '%" + caseId
                + "%' and payload like '%\"TABLET_LOGO\",\"value\":\"WY\"%' and payload like '%\"PACKAGING_MARK\",\"value\":\"999 green tea bags\"%'"));
        // Laos invited: the index hears of the new participants, ordered by the case's version
        as(VN_SUPERVISOR).header("If-Match", etagOf(VN_SUPERVISOR, "/api/cases/" + caseId)).body(Map.of("agency", "LA-MPS"))
                .post("/api/cases/" + caseId + "/participants").then().statusCode(org.hamcrest.Matchers.anyOf(is(200), is(201)));
        String participants = only("select id from outbox where destination = 'case-participants' and resource = '" + caseId + "'");
        assertTrue(Db.strings("select payload from outbox where id = '" + participants + "'").get(0)
                .contains("\"participants\":[\"LA-MPS\",\"TH-ONCB\",\"VN-C04\"]"));

        // delivered to the index where it expects them
        startIntel();
        answer.set(200);
        received.clear();
        Db.execute("update outbox set next_attempt_at = now() - interval '1 second' where delivered_at is null");
        relay();
        assertTrue(received.stream().anyMatch(r -> r[0].equals("/api/correlation/case-records/subject/" + subject) && r[2].contains("PHONE")),
                "the subject reached the index");
        assertTrue(received.stream().anyMatch(r -> r[0].equals("/api/correlation/cases/" + caseId + "/participants")), "the participants too");
        assertEquals(0, Db.count("select count(*) from outbox where payload like '%" + caseId + "%' and delivered_at is null"));
    }

    private void relay() throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> relay.relay());
    }

    private void startIntel() throws Exception {
        vertx = Vertx.vertx();
        intel = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            received.add(new String[]{request.path(), request.getHeader("Authorization"), body.toString()});
            request.response().setStatusCode(answer.get()).putHeader("Content-Type", "application/json").end("{}");
        })).listen(INTEL_PORT).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    private static void makeDue(String entry) throws Exception {
        Db.execute("update outbox set next_attempt_at = now() - interval '1 second' where id = '" + entry + "'");
    }

    private static String only(String sql) throws Exception {
        List<String> found = Db.strings(sql);
        assertEquals(1, found.size(), sql + " → " + found);
        assertNotNull(found.get(0));
        return found.get(0);
    }
}
