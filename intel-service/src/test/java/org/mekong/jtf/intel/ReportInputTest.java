package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/** Bad input is a 400 problem that names the field, and leaves nothing behind; bad tokens are 401. */
@QuarkusTest
class ReportInputTest {

    private static void refused(String field, Consumer<Map<String, Object>> change) throws Exception {
        String title = "bad-" + UUID.randomUUID();
        Map<String, Object> body = new HashMap<>(report(title, "AMBER", "H1", List.of()));
        change.accept(body);
        as(VN_ANALYST).body(body).post(REPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field)).body("status", is(400));
        assertEquals(0, Db.count("select count(*) from intel_report where title = ?", title), field);
    }

    @Test
    void eachBadFieldIsNamed() throws Exception {
        refused("tlp", b -> b.put("tlp", "ORANGE"));
        refused("sourceReliability", b -> b.put("sourceReliability", "G"));
        refused("informationCredibility", b -> b.put("informationCredibility", 7));
        refused("sourceReliability", b -> {
            b.put("gradingScale", "EUROPOL");
            b.put("sourceReliability", "D");
        });
        refused("informationCredibility", b -> {
            b.put("gradingScale", "EUROPOL");
            b.put("informationCredibility", 5);
        });
        refused("gradingScale", b -> b.put("gradingScale", "NATO-ISH"));
        refused("handling", b -> b.put("handling", "H4"));
        refused("handlingConditions", b -> b.put("handling", "H3"));
        refused("handlingConditions", b -> b.put("handlingConditions", "only for H3"));
        refused("distribution[0].purpose", b -> b.put("distribution", List.of(Map.of("agency", "TH-ONCB", "agreement", "VN-TH-1998",
                "purpose", "CURIOSITY"))));
        refused("distribution[0].agency", b -> b.put("distribution", List.of(Map.of("agency", "Thailand", "purpose", "INVESTIGATION"))));
        refused("route[0].country", b -> b.put("route", List.of(Map.of("country", "XX"))));
        refused("route[0].crossing", b -> b.put("route", List.of(Map.of("country", "LA", "crossing", "TUNNEL"))));
        refused("substances[0]", b -> b.put("substances", List.of("CHOCOLATE")));
        refused("title", b -> b.put("title", " "));
        refused("namedOfficers", b -> b.put("namedOfficers", List.of(Map.of("agency", "VN-C04", "officerId", "vn-ana-2"))));
        refused("validUntil", b -> b.put("validUntil", "2001-01-01"));
        refused("earlyWarning", b -> b.put("earlyWarning", Map.of("substanceName", "x", "firstSeenAt", "2025-01-01T00:00:00Z",
                "firstSeenCountry", "LA")));
        refused("id", b -> b.put("id", UUID.randomUUID().toString()));
        refused("originatorAgency", b -> b.put("originatorAgency", "TH-ONCB"));
        refused("route", b -> b.put("route", java.util.Collections.nCopies(31, Map.of("country", "LA"))));
    }

    @Test
    void aEuropolGradingIsKeptOnTheAdmiraltyScaleWithWhatWasGiven() {
        Map<String, Object> body = new HashMap<>(report("europol-" + UUID.randomUUID(), "GREEN", "H0", List.of()));
        body.put("gradingScale", "EUROPOL");
        body.put("sourceReliability", "C");
        body.put("informationCredibility", 4);
        as(VN_ANALYST).body(body).post(REPORTS).then().statusCode(201)
                .body("grading.sourceReliability", is("D")).body("grading.informationCredibility", is(6))
                .body("grading.code", is("D6")).body("grading.gradedAs", is("EUROPOL C4"));
    }

    @Test
    void listFiltersAreCheckedAndApplied() {
        String tag = "filters-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> heroin = new HashMap<>(report(tag + " heroin", "GREEN", "H0", List.of()));
        heroin.put("substances", List.of("HEROIN"));
        heroin.put("route", List.of(Map.of("country", "MM"), Map.of("country", "LA"), Map.of("country", "VN")));
        heroin.put("sourceReliability", "A");
        heroin.put("informationCredibility", 1);
        heroin.put("caseReferences", List.of("JI-2025-7KQ4-M2XA"));
        String first = write(VN_ANALYST, heroin);
        String second = write(VN_ANALYST, report(tag + " tablets", "AMBER", "H1", List.of()));
        String q = REPORTS + "?q=" + tag;
        as(VN_ANALYST).get(q + "&substance=HEROIN").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&routeCountry=MM").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&routeCountry=TH").then().body("items.id", contains(second));
        as(VN_ANALYST).get(q + "&reliability=A").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&reliability=B&credibility=2").then().body("items.id", containsInAnyOrder(first, second));
        as(VN_ANALYST).get(q + "&credibility=1").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&tlp=AMBER").then().body("items.id", contains(second));
        as(VN_ANALYST).get(q + "&handling=H0").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&caseRef=JI-2025-7KQ4-M2XA").then().body("items.id", contains(first));
        as(VN_ANALYST).get(q + "&status=DRAFT&originator=VN-C04&from=2020-01-01").then().body("total", is(2));
        as(VN_ANALYST).get(q + "&status=PUBLISHED").then().body("total", is(0));
        as(VN_ANALYST).get(q + "&to=2020-01-01").then().body("total", is(0));
        as(VN_ANALYST).get(q + "&size=1&page=1").then().body("items", hasSize(1)).body("total", is(2)).body("page", is(1));
        for (String bad : List.of("tlp=PURPLE", "reliability=G", "credibility=7", "substance=SUGAR", "routeCountry=XX",
                "originator=thailand", "status=LOST", "from=yesterday", "size=1000", "page=-1", "handling=H9")) {
            as(VN_ANALYST).get(REPORTS + "?" + bad).then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", is(bad.substring(0, bad.indexOf('='))));
        }
    }

    @Test
    void tokensThatAreNotValidAre401() {
        for (String token : List.of(Tokens.expired("VN-C04", "VN", "analyst"), Tokens.wrongIssuer("VN-C04", "VN", "analyst"),
                Tokens.wrongAudience("VN-C04", "VN", "analyst"), Tokens.foreignKey("VN-C04", "VN", "analyst"),
                Tokens.tampered("VN-C04", "VN", "TH-ONCB", "analyst"), "garbage")) {
            as(token).get(REPORTS).then().statusCode(401).contentType("application/problem+json");
        }
        io.restassured.RestAssured.given().get(REPORTS).then().statusCode(401).header("WWW-Authenticate", "Bearer");
        io.restassured.RestAssured.given().get("/api/agreements").then().statusCode(401);
    }

    @Test
    void unknownIdsAndMalformedIdsAre404() {
        as(VN_ANALYST).get(REPORTS + "/not-a-uuid").then().statusCode(404);
        as(VN_ANALYST).get(REPORTS + "/" + UUID.randomUUID() + "/distribution/" + UUID.randomUUID()).then().statusCode(404);
        String id = write(VN_ANALYST, report("ids-" + UUID.randomUUID(), "GREEN", "H0", List.of()));
        as(VN_ANALYST).get(REPORTS + "/" + id + "/distribution/" + UUID.randomUUID()).then().statusCode(404);
        as(VN_ANALYST).get(REPORTS + "/" + id + "/consent-requests/" + UUID.randomUUID()).then().statusCode(404);
        // a report is not an early-warning note
        as(VN_ANALYST).get("/api/early-warnings/" + id).then().statusCode(404);
    }
}
