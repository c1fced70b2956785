package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;
import static org.mekong.jtf.intel.HotlineApi.*;

/** Hotline messages: deadlines, who may move them, replies, the legal basis, retried sends, boxes. */
@QuarkusTest
class HotlineMessagingTest {

    @Test
    void aFlashMessageIsAcknowledgedAnsweredAndClosedByTheRightSide() {
        String subject = "flash-" + UUID.randomUUID();
        Map<String, Object> body = message("TH-ONCB", "FLASH", subject);
        body.put("toPostCountry", "VN");
        String id = as(VN_LIAISON).body(body).post(MESSAGES).then().statusCode(201)
                .body("status", is("SENT")).body("reference", startsWith("HL-")).body("toPostCountry", is("VN"))
                .body("agreement", notNullValue()).body("readerTimeZone", is("Asia/Ho_Chi_Minh"))
                .body("ackDeadlineLocal", endsWith("+07:00")).body("overdue", is(false)).extract().path("id");
        var read = as(TH_LIAISON).get(MESSAGES + "/" + id).then().statusCode(200).body("readerTimeZone", is("Asia/Bangkok"))
                .body("thread.type", contains("MESSAGE_SENT")).extract();
        Instant sent = Instant.parse(read.path("sentAt"));
        assertEquals(Duration.ofMinutes(15), Duration.between(sent, Instant.parse(read.path("ackDeadline"))));
        assertEquals(Duration.ofHours(4), Duration.between(sent, Instant.parse(read.path("answerDeadline"))));
        // another agency does not see it; the sender does not acknowledge its own message
        as(KH_ANALYST).get(MESSAGES + "/" + id).then().statusCode(404);
        move(VN_LIAISON, id, "ACKNOWLEDGED", null).statusCode(403);
        move(TH_LIAISON, id, "ANSWERED", "too early").statusCode(409);
        as(TH_LIAISON).body(Map.of("status", "ACKNOWLEDGED")).post(MESSAGES + "/" + id + "/transitions").then().statusCode(428);
        as(TH_LIAISON).header("If-Match", "\"9\"").body(Map.of("status", "ACKNOWLEDGED")).post(MESSAGES + "/" + id + "/transitions")
                .then().statusCode(412);
        move(TH_LIAISON, id, "ACKNOWLEDGED", null).statusCode(200).body("status", is("ACKNOWLEDGED"))
                .body("acknowledgedBy", is("th-lia-1"));
        move(TH_LIAISON, id, "ANSWERED", null).statusCode(400).body("violations[0].field", is("body"));
        as(VN_LIAISON).body(Map.of("body", "The passport number is LA1234567, not LA1234561.")).post(MESSAGES + "/" + id + "/replies")
                .then().statusCode(200);
        move(TH_LIAISON, id, "ANSWERED", "Identity confirmed: Souksavanh P., born 1988, wanted in Chiang Rai.").statusCode(200)
                .body("status", is("ANSWERED"));
        move(TH_LIAISON, id, "CLOSED", null).statusCode(403);
        move(VN_LIAISON, id, "CLOSED", null).statusCode(200).body("status", is("CLOSED"))
                .body("thread.type", contains("MESSAGE_SENT", "MESSAGE_ACKNOWLEDGED", "MESSAGE_REPLIED", "MESSAGE_ANSWERED", "MESSAGE_CLOSED"))
                .body("thread.find { it.type == 'MESSAGE_ANSWERED' }.text", containsString("Identity confirmed"));
        move(VN_LIAISON, id, "CLOSED", null).statusCode(409);
        as(TH_LIAISON).body(Map.of("body", "one more thing")).post(MESSAGES + "/" + id + "/replies").then().statusCode(409);
    }

    @Test
    void aMessageAcrossABorderNeedsAnAgreementInForce() throws Exception {
        String subject = "basis-" + UUID.randomUUID();
        as(VN_LIAISON).body(message("SG-CNB", "IMMEDIATE", subject)).post(MESSAGES).then().statusCode(422)
                .body("type", endsWith("/no-legal-basis")).body("detail", containsString("no agreement in force between VN and SG"));
        Map<String, Object> h3 = message("KH-NACD", "IMMEDIATE", subject);
        h3.put("handling", "H3");
        as(VN_LIAISON).body(h3).post(MESSAGES).then().statusCode(422).body("violations[0].field", is("handling"))
                .body("detail", containsString("VN-KH-DRUG up to H2"));
        assertEquals(0, Db.count("select count(*) from hotline_message where subject = ?", subject));
        // within Vietnam no agreement is needed
        as(VN_LIAISON).body(message("VN-BDBP", "ROUTINE", subject)).post(MESSAGES).then().statusCode(201).body("agreement", nullValue());
    }

    @Test
    void badInputIsRefusedAndARetriedSendSendsOnce() throws Exception {
        String subject = "input-" + UUID.randomUUID();
        Map<String, Object> unknown = message("TH-ONCB", "URGENT", subject);
        as(VN_LIAISON).body(unknown).post(MESSAGES).then().statusCode(400).body("violations[0].field", is("priority"));
        Map<String, Object> empty = message("TH-ONCB", "FLASH", subject);
        empty.put("body", "");
        as(VN_LIAISON).body(empty).post(MESSAGES).then().statusCode(400).body("violations[0].field", is("body"));
        as(VN_LIAISON).body(message("VN-C04", "FLASH", subject)).post(MESSAGES).then().statusCode(400).body("violations[0].field", is("to"));
        Map<String, Object> early = message("TH-ONCB", "ROUTINE", subject);
        early.put("answerBy", Instant.now().plus(Duration.ofHours(1)).toString());
        as(VN_LIAISON).body(early).post(MESSAGES).then().statusCode(400).body("violations[0].field", is("answerBy"));
        as(VN_ANALYST).body(message("TH-ONCB", "FLASH", subject)).post(MESSAGES).then().statusCode(403);
        String key = "hotline-" + UUID.randomUUID();
        String first = as(VN_LIAISON).header("Idempotency-Key", key).body(message("TH-ONCB", "FLASH", subject)).post(MESSAGES)
                .then().statusCode(201).extract().path("id");
        as(VN_LIAISON).header("Idempotency-Key", key).body(message("TH-ONCB", "FLASH", subject)).post(MESSAGES)
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("id", is(first));
        assertEquals(1, Db.count("select count(*) from hotline_message where subject = ?", subject));
        assertEquals(2, Db.count("select count(*) from hotline_event where message_id = ?::uuid", first), "one event for each side");
    }

    @Test
    void inboxOutboxAndFilters() {
        String subject = "boxes-" + UUID.randomUUID();
        String flash = send(VN_LIAISON, message("TH-ONCB", "FLASH", subject));
        String routine = send(TH_LIAISON, message("VN-C04", "ROUTINE", subject));
        as(VN_LIAISON).get(MESSAGES + "?box=outbox&size=100").then().statusCode(200).body("items.id", hasItem(flash))
                .body("items.id", not(hasItem(routine)));
        as(VN_LIAISON).get(MESSAGES + "?box=inbox&size=100").then().body("items.id", hasItem(routine)).body("items.id", not(hasItem(flash)));
        as(VN_LIAISON).get(MESSAGES + "?priority=FLASH&counterpart=TH-ONCB&size=100").then().body("items.id", hasItem(flash))
                .body("items.id", not(hasItem(routine)));
        as(VN_LIAISON).get(MESSAGES + "?status=SENT&size=100").then().body("items.id", hasItems(flash, routine));
        as(KH_ANALYST).get(MESSAGES + "?size=100").then().body("items.id", not(hasItems(flash)));
        for (String bad : new String[]{"box=spam", "priority=NOW", "status=LOST", "overdue=maybe", "counterpart=thailand", "caseId=x"}) {
            as(VN_LIAISON).get(MESSAGES + "?" + bad).then().statusCode(400);
        }
        as(VN_LIAISON).get("/api/hotline/desks").then().statusCode(200).body("agency", hasItems("VN-C04", "MM-CCDAC"))
                .body("find { it.agency == 'MM-CCDAC' }.utcOffset", is("+06:30"));
    }

    @Test
    void anAgencyKeepsItsOwnDeskAndNobodyElses() {
        String desk = "/api/hotline/desks/LA-MPS";
        String la = supervisorOf("LA-MPS", "LA");
        Map<String, Object> hours = Map.of("timeZone", "Asia/Vientiane", "opensAt", "07:30", "closesAt", "16:30",
                "onDuty", java.util.List.of("la-lia-1", "la-lia-2"));
        String etag = etag(la, desk);
        as(VN_SUPERVISOR).header("If-Match", etag).body(hours).put(desk).then().statusCode(403);
        as(LA_ANALYST).header("If-Match", etag).body(hours).put(desk).then().statusCode(403);
        as(la).body(hours).put(desk).then().statusCode(428);
        as(la).header("If-Match", "\"99\"").body(hours).put(desk).then().statusCode(412);
        as(la).header("If-Match", etag).body(Map.of("timeZone", "Mars/Olympus", "opensAt", "07:30", "closesAt", "16:30",
                "onDuty", java.util.List.of())).put(desk).then().statusCode(400).body("violations[0].field", is("timeZone"));
        as(la).header("If-Match", etag).body(Map.of("timeZone", "Asia/Vientiane", "opensAt", "17:00", "closesAt", "08:00",
                "onDuty", java.util.List.of())).put(desk).then().statusCode(400).body("violations[0].field", is("closesAt"));
        String changed = as(la).header("If-Match", etag).body(hours).put(desk).then().statusCode(200)
                .body("onDuty", contains("la-lia-1", "la-lia-2")).body("opensAt", is("07:30:00")).body("utcOffset", is("+07:00"))
                .extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertNotEquals(etag, changed);
        as(VN_LIAISON).get(desk).then().statusCode(200).body("onDuty", contains("la-lia-1", "la-lia-2"));
        as(VN_LIAISON).get("/api/hotline/desks/XX-NONE").then().statusCode(404);
    }

    @Test
    void aThirdAgencyCannotTouchAThread() {
        String id = send(VN_LIAISON, message("TH-ONCB", "ROUTINE", "third-" + UUID.randomUUID()));
        String kh = supervisorOf("KH-NACD", "KH");
        as(kh).header("If-Match", "\"0\"").body(Map.of("status", "ACKNOWLEDGED")).post(MESSAGES + "/" + id + "/transitions")
                .then().statusCode(404);
        as(kh).body(Map.of("body", "hello")).post(MESSAGES + "/" + id + "/replies").then().statusCode(404);
        as(VN_LIAISON).get(MESSAGES + "/" + id).then().body("status", is("SENT")).body("thread", hasSize(1));
    }
}
