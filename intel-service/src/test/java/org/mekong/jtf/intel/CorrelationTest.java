package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.intel.service.EntityKeys;
import org.mekong.jtf.intel.domain.EntityType;
import org.mekong.jtf.common.testing.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mekong.jtf.intel.Api.*;

/**
 * Exact correlation of the entities reports name: normalised keys, hits raised on publication, the
 * hit/no-hit rule from each side of a three-agency set-up, the cut-off and the exclusion list.
 */
@QuarkusTest
class CorrelationTest {

    @Test
    void keysAreTheSameWhateverTheWritingAndABadValueIsNamed() {
        // a phone in three formats, each from the country that reported it
        assertEquals("PHONE|+66812345678", EntityKeys.of(EntityType.PHONE, "081 234 5678", null, "TH", "f"));
        assertEquals("PHONE|+66812345678", EntityKeys.of(EntityType.PHONE, "+66 81-234-5678", null, "VN", "f"));
        assertEquals("PHONE|+66812345678", EntityKeys.of(EntityType.PHONE, "00 66 81 234 5678", null, "LA", "f"));
        assertEquals("PHONE|+84912345678", EntityKeys.of(EntityType.PHONE, "0912 345 678", null, "VN", "f"));
        // the entity's own country is the phone's region when given
        assertEquals("PHONE|+84912345678", EntityKeys.of(EntityType.PHONE, "0912345678", "VN", "TH", "f"));
        // plates: upper case, no spaces, dashes or dots, with their country
        assertEquals("VEHICLE_PLATE|VN:29A12345", EntityKeys.of(EntityType.VEHICLE_PLATE, "29A-123.45", "VN", "TH", "f"));
        assertEquals(EntityKeys.of(EntityType.VEHICLE_PLATE, "29a 12345", "VN", "VN", "f"),
                EntityKeys.of(EntityType.VEHICLE_PLATE, "29A-123.45", "VN", "TH", "f"));
        assertFalse(EntityKeys.of(EntityType.VEHICLE_PLATE, "29A12345", "VN", "VN", "f")
                .equals(EntityKeys.of(EntityType.VEHICLE_PLATE, "29A12345", "LA", "VN", "f")));
        assertEquals("IDENTITY_DOCUMENT|C1234567", EntityKeys.of(EntityType.IDENTITY_DOCUMENT, "c 123-4567", null, "VN", "f"));
        assertEquals("TABLET_LOGO|WY", EntityKeys.of(EntityType.TABLET_LOGO, " wy ", null, "TH", "f"));
        assertEquals("VEHICLE_PLATE|TH:1กข1234", EntityKeys.of(EntityType.VEHICLE_PLATE, "1กข-1234", "TH", "TH", "f"));
        assertThrows(RuntimeException.class, () -> EntityKeys.of(EntityType.PHONE, "call me", null, "VN", "f"));
        assertThrows(RuntimeException.class, () -> EntityKeys.of(EntityType.VEHICLE_PLATE, "29A12345", null, "VN", "f"));
        assertThrows(RuntimeException.class, () -> EntityKeys.of(EntityType.BANK_ACCOUNT, "--", null, "VN", "f"));
    }

    @Test
    void aPhoneInThreeReportsIsLinkedWhereVisibleAndOnlySaidToBeHeldElsewhereWhereNot() throws Exception {
        String phone = "081 " + (200 + (int) (Math.random() * 700)) + " " + (1000 + (int) (Math.random() * 8999));
        // Laos holds it in a report it shares with nobody
        String lao = write(LA_ANALYST, withEntities(report("Lao courier phone", "AMBER", "H2", List.of()),
                List.of(entity("PHONE", "00 66 " + phone.substring(1), null))));
        publish(LA_ANALYST, lao);
        // Thailand writes it as Thais do and shares with Vietnam
        String thai = write(TH_ANALYST, withEntities(report("Thai courier phone", "AMBER", "H2",
                List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))), List.of(entity("PHONE", phone, null),
                entity("VEHICLE_PLATE", "1กข 1234", "TH"))));
        long thaiFeed = Db.count("select count(*) from hotline_event where agency = 'LA-MPS' and type = 'CORRELATION_MATCHED'");
        publish(TH_ANALYST, thai);
        // Vietnam names it in international form and publishes: hits with both
        String vietnamese = write(VN_ANALYST, withEntities(report("Vietnamese lead", "AMBER", "H2", List.of()),
                List.of(entity("PHONE", "+66 " + phone.substring(1).replace(' ', '-'), null))));
        // a draft is not correlated
        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200).body("$", empty());
        publish(VN_ANALYST, vietnamese);

        String expected = "+66" + phone.substring(1).replace(" ", "");
        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/entities").then().statusCode(200)
                .body("[0].matchedAs", is(expected)).body("[0].type", is("PHONE"));
        String answer = as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200).body("$", hasSize(2))
                .body("find { it.visibility == 'LINKED' }.matched.id", is(thai))
                .body("find { it.visibility == 'LINKED' }.matched.agency", is("TH-ONCB"))
                .body("find { it.visibility == 'LINKED' }.explanation", is("same E.164 number " + expected))
                .body("find { it.visibility == 'HELD_ELSEWHERE' }.heldBy", is("LA-MPS"))
                .body("find { it.visibility == 'HELD_ELSEWHERE' }.matched", nullValue())
                .body("find { it.visibility == 'HELD_ELSEWHERE' }.howToRequest", containsString("LA-MPS"))
                .extract().asString();
        // nothing of the Lao report leaks: not its id, title, reference
        String laoReference = as(LA_ANALYST).get(REPORTS + "/" + lao).then().extract().path("reference");
        for (String secret : List.of(lao, "Lao courier phone", laoReference)) {
            assertFalse(answer.contains(secret), "the answer leaks " + secret + ": " + answer);
        }
        // Thailand sees Vietnam's report? not shared: held elsewhere; and Laos's too
        as(TH_ANALYST).get(REPORTS + "/" + thai + "/hits").then().statusCode(200)
                .body("visibility", everyItem(is("HELD_ELSEWHERE"))).body("heldBy", containsInAnyOrder("LA-MPS", "VN-C04"));
        // Laos hears that partners matched its record: who and which type, nothing else
        assertEquals(thaiFeed + 2, Db.count("select count(*) from hotline_event where agency = 'LA-MPS' and type = 'CORRELATION_MATCHED'"));
        assertEquals(1, Db.count("select count(*) from hotline_event where agency = 'LA-MPS' and type = 'CORRELATION_MATCHED'"
                + " and payload like '%\"partner\":\"VN-C04\"%' and payload like '%\"entityType\":\"PHONE\"%' and payload not like '%"
                + vietnamese + "%'"));
        // Cambodia, which sees none of the three, gets 404 for their hits
        as(KH_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(404).contentType("application/problem+json");
        RestAssured.given().get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(401);
    }

    @Test
    void aBadEntityIsA400AndLeavesNothing() throws Exception {
        long before = Db.count("select count(*) from intel_report");
        as(VN_ANALYST).body(withEntities(report("Bad phone", "AMBER", "H2", List.of()), List.of(entity("PHONE", "not a number", null))))
                .post(REPORTS).then().statusCode(400).contentType("application/problem+json").body("detail", containsString("entities[0].value"));
        as(VN_ANALYST).body(withEntities(report("Plate without country", "AMBER", "H2", List.of()),
                List.of(entity("VEHICLE_PLATE", "29A-12345", null)))).post(REPORTS).then().statusCode(400)
                .body("detail", containsString("entities[0].country"));
        as(VN_ANALYST).body(withEntities(report("Unknown type", "AMBER", "H2", List.of()), List.of(entity("SPACESHIP", "Somchai Ltd", null))))
                .post(REPORTS).then().statusCode(400);
        assertEquals(before, Db.count("select count(*) from intel_report"));
    }

    @Test
    void aValueOverTheCutOffOrOnTheExclusionListRaisesNothing() throws Exception {
        String account = "EXCL-" + UUID.randomUUID().toString().substring(0, 8);
        // a supervisor lists a placeholder number: never correlate; refusals first
        Map<String, Object> exclusion = Map.of("type", "BANK_ACCOUNT", "value", account, "mode", "NEVER", "reason", "placeholder");
        as(VN_ANALYST).body(exclusion).put("/api/correlation/exclusions").then().statusCode(403);
        as(VN_SUPERVISOR).body(Map.of("type", "BANK_ACCOUNT", "value", account, "mode", "SOMETIMES", "reason", "x"))
                .put("/api/correlation/exclusions").then().statusCode(400);
        as(VN_SUPERVISOR).body(exclusion).put("/api/correlation/exclusions").then().statusCode(200)
                .body("matchedAs", is(account.replace("-", "").toUpperCase())).body("mode", is("NEVER"));
        String first = publishedWith("BANK_ACCOUNT", account);
        String second = publishedWith("BANK_ACCOUNT", account.toLowerCase());
        as(VN_ANALYST).get(REPORTS + "/" + second + "/hits").then().body("$", empty());
        // WARN: the hit is raised, with the supervisors' reason beside it
        as(VN_SUPERVISOR).body(Map.of("type", "BANK_ACCOUNT", "value", account, "mode", "WARN", "reason", "shared company account"))
                .put("/api/correlation/exclusions").then().statusCode(200);
        String third = publishedWith("BANK_ACCOUNT", account);
        as(VN_ANALYST).get(REPORTS + "/" + third + "/hits").then().body("$", hasSize(2))
                .body("warning", everyItem(containsString("shared company account")));
        as(VN_ANALYST).get(REPORTS + "/" + first + "/hits").then().body("$", hasSize(1));

        // a logo already in more than 20 reports matches too much to mean anything
        String logo = "CUT" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 21; i++) {
            publishedWith("TABLET_LOGO", logo);
        }
        long hitsBefore = Db.count("select count(*) from correlation_hit where match_key = 'TABLET_LOGO|" + logo.toUpperCase() + "'");
        assertEquals(20 * 21 / 2, hitsBefore, "the first 21 reports: each matched all before it");
        String late = publishedWith("TABLET_LOGO", logo);
        as(VN_ANALYST).get(REPORTS + "/" + late + "/hits").then().body("$", empty());
        assertEquals(hitsBefore, Db.count("select count(*) from correlation_hit where match_key = 'TABLET_LOGO|" + logo.toUpperCase() + "'"));
    }

    @Test
    void anAnalystRejectsAHitForGoodAndAValueIsLookedUpAcrossWhatOneMaySee() throws Exception {
        String vin = "VIN" + UUID.randomUUID().toString().replace("-", "").substring(0, 14).toUpperCase();
        // Vietnam and Thailand each name the VIN; Thailand shares its report with Vietnam, Laos names it too, unshared
        String vietnamese = publishedWith("VIN", vin);
        String thai = write(TH_ANALYST, withEntities(report("Thai VIN", "AMBER", "H2", List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))),
                List.of(entity("VIN", vin.toLowerCase(), null))));
        publish(TH_ANALYST, thai);
        String lao = write(LA_ANALYST, withEntities(report("Lao VIN", "AMBER", "H2", List.of()), List.of(entity("VIN", vin, null))));
        publish(LA_ANALYST, lao);

        // the look-up: Vietnam sees its own and the Thai report, and only that Laos holds it too
        as(VN_ANALYST).queryParam("type", "VIN").queryParam("value", vin.toLowerCase()).get("/api/correlation/entities").then()
                .statusCode(200).body("matchedAs", is(vin)).body("records.id", containsInAnyOrder(vietnamese, thai))
                .body("heldElsewhereBy", contains("LA-MPS")).body("tooCommon", is(false));
        String kh = as(KH_ANALYST).queryParam("type", "VIN").queryParam("value", vin).get("/api/correlation/entities").then()
                .statusCode(200).body("records", empty()).body("heldElsewhereBy", containsInAnyOrder("LA-MPS", "TH-ONCB", "VN-C04"))
                .extract().asString();
        assertFalse(kh.contains(thai) || kh.contains(lao) || kh.contains(vietnamese), kh);
        as(VN_ANALYST).queryParam("type", "SHOE").queryParam("value", vin).get("/api/correlation/entities").then().statusCode(400);
        as(VN_ANALYST).queryParam("value", vin).get("/api/correlation/entities").then().statusCode(400);

        // Vietnam rejects its hit with Thailand's report; Cambodia cannot touch it (404), nor a liaison-less investigator (403)
        String hit = as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .extract().path("find { it.matched != null && it.matched.id == '" + thai + "' }.id");
        as(KH_ANALYST).body(Map.of("verdict", "REJECTED", "reason", "no")).post("/api/correlation/hits/" + hit + "/verdict").then()
                .statusCode(404).contentType("application/problem+json");
        as(Tokens.officer("vn-inv-9", "VN-C04", "VN", "investigator")).body(Map.of("verdict", "REJECTED", "reason", "no"))
                .post("/api/correlation/hits/" + hit + "/verdict").then().statusCode(403);
        as(VN_ANALYST).body(Map.of("verdict", "MAYBE", "reason", "x")).post("/api/correlation/hits/" + hit + "/verdict").then().statusCode(400);
        as(VN_ANALYST).body(Map.of("verdict", "REJECTED", "reason", "a hire car: different drivers"))
                .post("/api/correlation/hits/" + hit + "/verdict").then().statusCode(200).body("verdict", is("REJECTED"))
                .body("decidedByAgency", is("VN-C04"));
        as(TH_ANALYST).get(REPORTS + "/" + thai + "/hits").then()
                .body("find { it.id == '" + hit + "' }.verdict", is("REJECTED"))
                .body("find { it.id == '" + hit + "' }.verdictReason", is("a hire car: different drivers"));
        // a rejected pair stays rejected when one side is sent anew (its mentions, and hits, replaced): a case record
        // naming the VIN, its hit with the Vietnamese report rejected, then the record sent again
        UUID record = UUID.randomUUID();
        UUID caseId = UUID.randomUUID();
        String vnService = Tokens.officer("case-service", "VN-C04", "VN", "integration");
        Map<String, Object> sync = new HashMap<>(Map.of("caseId", caseId.toString(), "caseReference", "JI-2026-TEST-VIN0", "label", "asset car",
                "seq", 0, "caseSeq", 0, "participants", List.of("VN-C04"), "entities", List.of(Map.of("type", "VIN", "value", vin))));
        as(vnService).body(sync).put("/api/correlation/case-records/asset/" + record).then().statusCode(200).body("outcome", is("APPLIED"));
        String caseHit = as(VN_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(200)
                .extract().path("find { it.matched != null && it.matched.id == '" + vietnamese + "' }.id");
        as(VN_ANALYST).body(Map.of("verdict", "REJECTED", "reason", "not the same car")).post("/api/correlation/hits/" + caseHit + "/verdict")
                .then().statusCode(200);
        sync.put("seq", 1);
        as(vnService).body(sync).put("/api/correlation/case-records/asset/" + record).then().statusCode(200).body("outcome", is("APPLIED"));
        as(VN_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(200)
                .body("matched.id", not(hasItem(vietnamese))).body("matched.id", hasItem(thai));
    }

    @Test
    void aNameMatchesAcrossAccentsAndWordOrderButIsAHitOnlyWithASecondAgreeingAttribute() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "Nguyễn Văn Hùng " + tag;
        // Vietnam: the name with accents and the year of birth; Thailand, shared with Vietnam: upper case, no accents,
        // another word order, the same year; another Thai report: the name alone; a third: another year of birth
        String vietnamese = write(VN_ANALYST, withEntities(report("Vietnamese name", "AMBER", "H2", List.of()),
                List.of(person(name, "VN", 1979))));
        publish(VN_ANALYST, vietnamese);
        String sameYear = thaiNaming("HUNG " + tag.toUpperCase() + " NGUYEN VAN", null, 1979);
        String nameOnly = thaiNaming("nguyen van hung " + tag, null, null);
        String otherYear = thaiNaming("Nguyen Van Hung " + tag, null, 1985);
        String sameNationality = thaiNaming("Nguyen Van Hung " + tag, "VN", null);

        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .body("findAll { it.type == 'PERSON' }.matched.id", containsInAnyOrder(sameYear, nameOnly, sameNationality))
                .body("find { it.matched.id == '" + sameYear + "' }.strength", is("HIT"))
                .body("find { it.matched.id == '" + sameYear + "' }.explanation",
                        allOf(containsString("names match after folding"), containsString("same year of birth 1979")))
                .body("find { it.matched.id == '" + sameNationality + "' }.strength", is("HIT"))
                .body("find { it.matched.id == '" + sameNationality + "' }.explanation", containsString("same nationality VN"))
                .body("find { it.matched.id == '" + nameOnly + "' }.strength", is("POSSIBLE"))
                .body("matched.id", not(hasItem(otherYear)));
        // Đặng folds to Dang (the words sorted: order does not count)
        assertEquals("PERSON|dang lan thi", EntityKeys.of(EntityType.PERSON, "Đặng Thị Lan", null, "VN", "f"));
    }

    /** A Thai report naming a person, shared with Vietnam; returns its id. */
    private static String thaiNaming(String name, String nationality, Integer birthYear) {
        String id = write(TH_ANALYST, withEntities(report("Thai name", "AMBER", "H2", List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))),
                List.of(person(name, nationality, birthYear))));
        publish(TH_ANALYST, id);
        return id;
    }

    private static String publishedWith(String type, String value) {
        String id = write(VN_ANALYST, withEntities(report("Report naming " + value, "AMBER", "H2", List.of()), List.of(entity(type, value, null))));
        publish(VN_ANALYST, id);
        return id;
    }

}
