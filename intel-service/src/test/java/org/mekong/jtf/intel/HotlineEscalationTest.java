package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.intel.service.HotlineClock;
import org.mekong.jtf.intel.service.HotlineEscalator;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;
import static org.mekong.jtf.intel.HotlineApi.*;

/**
 * The deadline clock, with a clock the test moves: a message unacknowledged at its deadline is
 * escalated once to the receiver's supervisors, at twice the deadline once to its commanders; each
 * escalation is on the thread and announced to both sides; ticks running at the same moment (two
 * replicas) escalate once.
 */
@QuarkusTest
class HotlineEscalationTest {

    @Inject
    HotlineEscalator escalator;

    private MovableClock clock;

    @BeforeEach
    void clock() {
        clock = new MovableClock();
        QuarkusMock.installMockForType(clock, HotlineClock.class);
    }

    private static long escalations(String id) throws Exception {
        return Db.count("select count(*) from hotline_reply where message_id = ?::uuid and type = 'MESSAGE_ESCALATED'", id);
    }

    @Test
    void anUnacknowledgedMessageIsEscalatedOnceAtEachLevel() throws Exception {
        String id = send(VN_LIAISON, message("TH-ONCB", "FLASH", "escalate-" + UUID.randomUUID()));
        String acknowledged = send(VN_LIAISON, message("TH-ONCB", "FLASH", "acknowledged-" + UUID.randomUUID()));
        move(TH_LIAISON, acknowledged, "ACKNOWLEDGED", null).statusCode(200);

        clock.advance(Duration.ofMinutes(14));
        run(escalator::tick);
        assertEquals(0, escalations(id), "not yet due");
        clock.advance(Duration.ofMinutes(2));
        run(escalator::tick);
        run(escalator::tick);
        assertEquals(1, escalations(id));
        as(VN_LIAISON).get(MESSAGES + "/" + id).then().body("escalationLevel", is(1)).body("overdue", is(true))
                .body("thread.find { it.type == 'MESSAGE_ESCALATED' }.text", containsString("supervisors of TH-ONCB"));
        as(TH_LIAISON).get(MESSAGES + "?overdue=true&size=100").then().body("items.id", hasItem(id)).body("items.id", not(hasItem(acknowledged)));
        // announced to both sides
        assertEquals(2, Db.count("select count(*) from hotline_event where message_id = ?::uuid and type = 'MESSAGE_ESCALATED'", id));
        assertEquals(0, escalations(acknowledged));

        clock.advance(Duration.ofMinutes(15));
        run(escalator::tick);
        run(escalator::tick);
        assertEquals(2, escalations(id));
        as(TH_LIAISON).get(MESSAGES + "/" + id).then().body("escalationLevel", is(2))
                .body("thread.findAll { it.type == 'MESSAGE_ESCALATED' }[1].text", containsString("commanders of TH-ONCB"));
        clock.advance(Duration.ofHours(5));
        run(escalator::tick);
        assertEquals(2, escalations(id), "two levels, then nothing more");
    }

    @Test
    void ticksAtTheSameMomentOnTwoReplicasEscalateOnce() throws Exception {
        String id = send(VN_LIAISON, message("LA-MPS", "IMMEDIATE", "race-" + UUID.randomUUID()));
        clock.advance(Duration.ofHours(2).plusMinutes(1));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(() -> run(escalator::tick));
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(() -> run(escalator::tick));
        one.get();
        other.get();
        assertEquals(1, escalations(id));
    }

    @Test
    void aMessageFoundPastBothDeadlinesGetsBothEscalationsInOrder() throws Exception {
        // as after the service was down for hours: the level is in the database, not in memory
        String id = send(VN_LIAISON, message("TH-ONCB", "FLASH", "outage-" + UUID.randomUUID()));
        clock.advance(Duration.ofHours(3));
        run(escalator::tick);
        assertEquals(2, escalations(id));
        run(escalator::tick);
        assertEquals(2, escalations(id));
        as(VN_LIAISON).get(MESSAGES + "/" + id).then().body("escalationLevel", is(2));
    }

    @Test
    void responseTimesAreMeasuredPerCounterpartAndPriority() {
        String subject = "stats-" + UUID.randomUUID();
        String fast = send(VN_LIAISON, message("KH-NACD", "IMMEDIATE", subject));
        String slow = send(VN_LIAISON, message("KH-NACD", "IMMEDIATE", subject));
        String kh = supervisorOf("KH-NACD", "KH");
        clock.advance(Duration.ofMinutes(10));
        move(kh, fast, "ACKNOWLEDGED", null).statusCode(200);
        clock.advance(Duration.ofHours(3));
        move(kh, slow, "ACKNOWLEDGED", null).statusCode(200);
        as(VN_LIAISON).get("/api/hotline/statistics?counterpart=KH-NACD").then().statusCode(200)
                .body("sent.find { it.priority == 'IMMEDIATE' }.acknowledged", greaterThanOrEqualTo(2))
                .body("sent.find { it.priority == 'IMMEDIATE' }.p90SecondsToAcknowledge", greaterThan(3600.0f));
        as(kh).get("/api/hotline/statistics?counterpart=VN-C04").then().statusCode(200)
                .body("received.find { it.priority == 'IMMEDIATE' }.messages", greaterThanOrEqualTo(2));
        as(VN_LIAISON).get("/api/hotline/statistics?from=2026-05-01&to=2026-01-01").then().statusCode(400);
    }
}
