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
        assertEquals(0, Db.count("select count(*) from outbox where payload like '%" + caseId + "%'"));
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
