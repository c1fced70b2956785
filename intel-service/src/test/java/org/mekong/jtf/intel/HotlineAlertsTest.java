package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/** Alerts the case service raises on an agency's hotline feed: kept once however often delivered, on that agency's feed only. */
@QuarkusTest
class HotlineAlertsTest {

    /** The case service's machine identity speaking for VN-C04, as it signs it. */
    private static final String CASE_SERVICE_FOR_VN = Tokens.officer("case-service", "VN-C04", "VN", "integration");

    @Test
    void anAlertIsKeptOnceAnnouncedOnceAndOnlyOnTheFeedOfTheAgencyTheTokenSpeaksFor() throws Exception {
        UUID id = UUID.randomUUID();
        Map<String, Object> alert = alert(id);

        // refusals: no token, an officer (not a machine identity), bad input; nothing kept
        RestAssured.given().contentType("application/json").body(alert).post("/api/hotline/alerts").then().statusCode(401);
        as(VN_LIAISON).body(alert).post("/api/hotline/alerts").then().statusCode(403).contentType("application/problem+json");
        as(CASE_SERVICE_FOR_VN).body(with(alert, "kind", "SOMETHING")).post("/api/hotline/alerts").then().statusCode(400);
        as(CASE_SERVICE_FOR_VN).body(with(alert, "title", " ")).post("/api/hotline/alerts").then().statusCode(400)
                .body("violations[0].field", is("title"));
        as(CASE_SERVICE_FOR_VN).body(with(alert, "occurredAt", Instant.now().plusSeconds(3600).toString())).post("/api/hotline/alerts")
                .then().statusCode(400);
        assertEquals(0, Db.count("select count(*) from hotline_alert where id = ?", id));

        long before = Db.count("select count(*) from hotline_event where agency = 'VN-C04' and type = 'ALERT_RAISED'");
        as(CASE_SERVICE_FOR_VN).body(alert).post("/api/hotline/alerts").then().statusCode(201)
                .header("Location", endsWith("/api/hotline/alerts/" + id))
                .body("agency", is("VN-C04")).body("source", is("case-service")).body("kind", is("EXTRADITION_OVERDUE"));
        // delivered again (the raising service did not hear the answer): the same alert, no second event
        as(CASE_SERVICE_FOR_VN).body(alert).post("/api/hotline/alerts").then().statusCode(200).body("id", is(id.toString()));
        assertEquals(1, Db.count("select count(*) from hotline_alert where id = ?", id));
        assertEquals(before + 1, Db.count("select count(*) from hotline_event where agency = 'VN-C04' and type = 'ALERT_RAISED'"));
        assertEquals(1, Db.count("select count(*) from hotline_event where type = 'ALERT_RAISED' and payload like ?", "%" + id + "%"));
        // the same id for another agency is a conflict, not a second alert
        as(Tokens.officer("case-service", "TH-ONCB", "TH", "integration")).body(alert).post("/api/hotline/alerts").then().statusCode(409);

        // Vietnam's desk lists it; Thailand's does not
        as(VN_LIAISON).get("/api/hotline/alerts").then().statusCode(200).body("items.id", hasItem(id.toString()))
                .body("items.find { it.id == '" + id + "' }.title", containsString("overdue"));
        as(TH_LIAISON).get("/api/hotline/alerts").then().statusCode(200).body("items.id", not(hasItem(id.toString())));
        as(VN_LIAISON).get("/api/hotline/alerts/" + id).then().statusCode(200).body("objectType", is("extradition"));
        as(TH_LIAISON).get("/api/hotline/alerts/" + id).then().statusCode(404).contentType("application/problem+json");
        as(VN_AUDITOR).get("/api/hotline/alerts").then().statusCode(403);
    }

    private static Map<String, Object> alert(UUID id) {
        return Map.of("id", id.toString(), "kind", "EXTRADITION_OVERDUE", "caseId", UUID.randomUUID().toString(),
                "objectType", "extradition", "objectId", UUID.randomUUID().toString(),
                "title", "Extradition step overdue: formal request", "body", "The formal request was due by 2026-11-20.",
                "occurredAt", Instant.now().minusSeconds(5).toString());
    }

    private static Map<String, Object> with(Map<String, Object> body, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(key, value);
        return changed;
    }
}
