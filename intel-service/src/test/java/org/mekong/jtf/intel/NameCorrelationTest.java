package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/**
 * Names across scripts and spellings in the correlation, against the real database: a Thai report
 * in Thai script and a Vietnamese report with the passport spelling, Lao and Chinese script, the
 * spelling variants of files, the other name that stays apart, the look-up by a name in another
 * script; and the descriptive entities (vessel and organisation names, places, packaging marks).
 */
@QuarkusTest
class NameCorrelationTest {

    /** A word of letters only that no other test's names contain: both sides of a pair carry it. */
    private static String tag() {
        Random random = new Random();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            tag.append((char) ('a' + random.nextInt(26)));
        }
        return tag.toString();
    }

    @Test
    void aThaiScriptNameMatchesItsPassportSpellingsAndAnotherNameStaysApart() {
        String tag = tag();
        // Vietnam holds the name as the Thai passport spells it, with the year of birth
        String vietnamese = write(VN_ANALYST, withEntities(report("Courier named in Lao Cai", "AMBER", "H2", List.of()),
                List.of(person("Somchai Jaidee " + tag, "TH", 1979))));
        publish(VN_ANALYST, vietnamese);
        // Thailand writes it in Thai script, another spelling, and another person with the same family name and year
        String thaiScript = thaiNaming("สมชาย ใจดี " + tag, null, 1979);
        String variant = thaiNaming("SOMCHAY JAIDI " + tag, null, null);
        String otherPerson = thaiNaming("Somsak Jaidee " + tag, "TH", 1979);
        String otherYear = thaiNaming("Somchai Jaidee " + tag, "TH", 1985);

        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .body("findAll { it.type == 'PERSON' }.matched.id", containsInAnyOrder(thaiScript, variant))
                .body("find { it.matched.id == '" + thaiScript + "' }.strength", is("HIT"))
                .body("find { it.matched.id == '" + thaiScript + "' }.explanation", allOf(
                        containsString("names match after transliteration"), containsString("สมชาย ใจดี " + tag + " (somchai chaidi " + tag + ")"),
                        containsString("Somchai Jaidee " + tag), containsString("score 1.00"), containsString("same year of birth 1979")))
                .body("find { it.matched.id == '" + variant + "' }.strength", is("POSSIBLE"))
                .body("find { it.matched.id == '" + variant + "' }.explanation", containsString("names match as spellings of one name"))
                .body("matched.id", not(hasItem(otherPerson)))
                .body("matched.id", not(hasItem(otherYear)));
        // the Thai side sees the same hit, and its entity is shown as read in Latin
        as(TH_ANALYST).get(REPORTS + "/" + thaiScript + "/hits").then().statusCode(200)
                .body("find { it.matched.id == '" + vietnamese + "' }", nullValue());
        as(TH_ANALYST).get(REPORTS + "/" + thaiScript + "/entities").then().statusCode(200)
                .body("[0].value", is("สมชาย ใจดี " + tag))
                .body("[0].matchedAs", allOf(startsWith(tag.compareTo("chaidi") < 0 ? tag : "chaidi"), containsString("somchai")));
        // Vietnam's report is not shared with Thailand: from there it is held elsewhere — a hit, so worth asking about
        as(TH_ANALYST).get(REPORTS + "/" + thaiScript + "/hits").then()
                .body("find { it.heldBy == 'VN-C04' }.visibility", is("HELD_ELSEWHERE"))
                .body("find { it.heldBy == 'VN-C04' }.explanation", is("your person named สมชาย ใจดี " + tag + " matches a record held by VN-C04"))
                .body("find { it.heldBy == 'VN-C04' }.matched", nullValue());
        // the look-up by the Thai-script name finds the spellings the caller may see, not the other person
        as(VN_ANALYST).queryParam("type", "PERSON").queryParam("value", "สมชาย ใจดี " + tag).get("/api/correlation/entities").then()
                .statusCode(200).body("records.id", hasItems(vietnamese, thaiScript, variant, otherYear))
                .body("records.id", not(hasItem(otherPerson)));
    }

    @Test
    void laoAndChineseScriptMatchTheirLatinSpellings() {
        String tag = tag();
        String lao = write(LA_ANALYST, withEntities(report("Lao boatman", "AMBER", "H2", List.of(to("VN-C04", "VN-LA-DRUG", "INVESTIGATION"))),
                List.of(person("ພົມມະຈັນ ສີສະຫວັດ " + tag, "LA", 1984), person("张小明 " + tag, "CN", 1990))));
        publish(LA_ANALYST, lao);
        String vietnamese = write(VN_ANALYST, withEntities(report("Boatman and buyer", "AMBER", "H2", List.of()),
                List.of(person("Sisavath Phommachanh " + tag, "LA", null), person("Xiaoming ZHANG " + tag, null, 1990))));
        publish(VN_ANALYST, vietnamese);

        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .body("findAll { it.type == 'PERSON' }.size()", is(2))
                .body("find { it.explanation.contains('ພົມມະຈັນ') }.strength", is("HIT"))
                .body("find { it.explanation.contains('ພົມມະຈັນ') }.explanation",
                        allOf(containsString("(phommachan sisavat " + tag + ")"), containsString("score 0.8"), containsString("same nationality LA")))
                .body("find { it.explanation.contains('张小明') }.explanation",
                        allOf(containsString("(zhang xiaoming " + tag + ")"), containsString("score 1.00"), containsString("same year of birth 1990")));
    }

    @Test
    void aNameWhoseBlockIsFullStillMatchesAsWrittenAndOnlySo() throws Exception {
        String tag = tag();
        String name = "Nguyễn Văn Tuấn " + tag;
        // 201 other names sound like it (its block is over the 200 a name's candidates are scored up to)
        Db.execute("""
                insert into mention (id, source, case_id, record_type, record_id, agency, position, type, value, match_key, block_key)
                select gen_random_uuid(), 'CASE', gen_random_uuid(), 'subject', gen_random_uuid(), 'KH-NACD', 0, 'PERSON',
                       'filler ' || i, 'PERSON|filler ' || i, ? from generate_series(1, 201) as g(i)""",
                org.mekong.jtf.intel.service.EntityKeys.block(org.mekong.jtf.intel.domain.EntityType.PERSON, name));
        String vietnamese = write(VN_ANALYST, withEntities(report("Tuan", "AMBER", "H2", List.of()), List.of(person(name, "VN", 1980))));
        publish(VN_ANALYST, vietnamese);
        String asWritten = thaiNaming("NGUYEN VAN TUAN " + tag.toUpperCase(), null, 1980);
        String spelledOtherwise = thaiNaming("Nguyen Van Tuaan " + tag, null, 1980);
        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .body("findAll { it.type == 'PERSON' }.matched.id", contains(asWritten))
                .body("find { it.matched.id == '" + asWritten + "' }.strength", is("HIT"));
        assertEquals(0, Db.count("select count(*) from correlation_hit h join mention m on m.id in (h.mention_a, h.mention_b) "
                + "where m.report_id = ?::uuid", spelledOtherwise));
    }

    @Test
    void vesselsOrganisationsPlacesAndPackagingMarksCorrelateByTheirFoldedNames() {
        String tag = tag().toUpperCase();
        String thai = write(TH_ANALYST, withEntities(report("Fishing boat off Ranong", "AMBER", "H2", List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))),
                List.of(entity("VESSEL_NAME", "Golden Star " + tag, "TH"), entity("ORGANISATION", "Mekong Trading " + tag + " Co.", null),
                        entity("PLACE", "Bến Lức " + tag, null), entity("PACKAGING_MARK", "999 " + tag, null),
                        entity("TABLET_COLOUR", "pink " + tag, null))));
        publish(TH_ANALYST, thai);
        String vietnamese = write(VN_ANALYST, withEntities(report("Shipment", "AMBER", "H2", List.of()),
                List.of(entity("VESSEL_NAME", "GOLDEN-STAR " + tag, "TH"), entity("ORGANISATION", "mekong trading " + tag + " co", "VN"),
                        entity("PLACE", "Ben Luc " + tag, null), entity("PACKAGING_MARK", "999-" + tag, null),
                        entity("TABLET_COLOUR", "Pink " + tag, null))));
        publish(VN_ANALYST, vietnamese);

        as(VN_ANALYST).get(REPORTS + "/" + vietnamese + "/hits").then().statusCode(200)
                .body("find { it.type == 'VESSEL_NAME' }.strength", is("HIT"))
                .body("find { it.type == 'VESSEL_NAME' }.explanation", is("same vessel named GOLDEN STAR " + tag + "; same country TH"))
                .body("find { it.type == 'ORGANISATION' }.strength", is("POSSIBLE"))
                .body("find { it.type == 'PLACE' }.strength", is("POSSIBLE"))
                .body("find { it.type == 'PLACE' }.explanation", is("same place named BEN LUC " + tag))
                .body("find { it.type == 'TABLET_COLOUR' }.strength", is("POSSIBLE"))
                .body("find { it.type == 'PACKAGING_MARK' }.strength", is("HIT"))
                .body("find { it.type == 'PACKAGING_MARK' }.explanation", is("same packaging mark 999 " + tag));
        // a possible match held elsewhere says nothing worth asking a partner about: Laos, which sees neither report,
        // names the same place and colour and hears of no hit; the vessel is a hit, so it learns who holds it
        String lao = write(LA_ANALYST, withEntities(report("Lao side", "AMBER", "H2", List.of()),
                List.of(entity("PLACE", "BEN LUC " + tag, null), entity("VESSEL_NAME", "Golden Star " + tag, "TH"))));
        publish(LA_ANALYST, lao);
        as(LA_ANALYST).get(REPORTS + "/" + lao + "/hits").then().statusCode(200)
                .body("type", everyItem(is("VESSEL_NAME"))).body("visibility", everyItem(is("HELD_ELSEWHERE")))
                .body("heldBy", containsInAnyOrder("TH-ONCB", "VN-C04"));
    }

    @Test
    void aNameTheSupervisorsExcludedRaisesNothingWhicheverWayItIsSpelled() throws Exception {
        String tag = tag();
        as(VN_SUPERVISOR).body(java.util.Map.of("type", "PERSON", "value", "Somchai Jaidee " + tag, "mode", "NEVER", "reason", "a cover name"))
                .put("/api/correlation/exclusions").then().statusCode(200);
        String listed = write(VN_ANALYST, withEntities(report("Cover name", "AMBER", "H2", List.of()), List.of(person("Somchai Jaidee " + tag, "TH", 1979))));
        publish(VN_ANALYST, listed);
        // another spelling reaches the listed name through the name's block: still nothing
        String variant = thaiNaming("Somchay Jaidi " + tag, "TH", 1979);
        assertEquals(0, Db.count("select count(*) from correlation_hit h join mention m on m.id in (h.mention_a, h.mention_b) "
                + "where m.report_id in (?::uuid, ?::uuid)", listed, variant));
        // and a possible match (a place, only ever possible) tells no partner anything: Laos names Vietnam's place
        String place = "Muong Khuong " + tag;
        String vietnamese = write(VN_ANALYST, withEntities(report("Place", "AMBER", "H2", List.of()), List.of(entity("PLACE", place, null))));
        publish(VN_ANALYST, vietnamese);
        long before = Db.count("select count(*) from hotline_event where agency = 'VN-C04' and type = 'CORRELATION_MATCHED'");
        String lao = write(LA_ANALYST, withEntities(report("Place too", "AMBER", "H2", List.of()), List.of(entity("PLACE", place, null))));
        publish(LA_ANALYST, lao);
        assertEquals(1, Db.count("select count(*) from correlation_hit h join mention m on m.id = h.mention_a where m.report_id = ?::uuid", lao));
        assertEquals(before, Db.count("select count(*) from hotline_event where agency = 'VN-C04' and type = 'CORRELATION_MATCHED'"));
    }

    @Test
    void aLongNameInChineseScriptIsKeptAndMatchedNotA500() {
        String tag = tag();
        String name = "欧阳" + "明".repeat(280) + " " + tag;
        String first = write(VN_ANALYST, withEntities(report("Long name", "AMBER", "H2", List.of()), List.of(person(name, "CN", 1990))));
        publish(VN_ANALYST, first);
        String second = write(VN_ANALYST, withEntities(report("Long name again", "AMBER", "H2", List.of()), List.of(person(name, "CN", 1990))));
        publish(VN_ANALYST, second);
        as(VN_ANALYST).get(REPORTS + "/" + second + "/hits").then().statusCode(200)
                .body("find { it.type == 'PERSON' }.matched.id", is(first)).body("find { it.type == 'PERSON' }.strength", is("HIT"));
    }

    @Test
    void aNameWithNoLettersIsA400AndTheLookUpNeedsAToken() {
        as(VN_ANALYST).body(withEntities(report("No name", "AMBER", "H2", List.of()), List.of(person("--- 123", null, null))))
                .post(REPORTS).then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("entities[0].value"));
        RestAssured.given().queryParam("type", "PERSON").queryParam("value", "สมชาย").get("/api/correlation/entities").then().statusCode(401);
        as(VN_ANALYST).queryParam("type", "PERSON").queryParam("value", "!!!").get("/api/correlation/entities").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("value"));
    }

    /** A Thai report naming a person, shared with Vietnam; returns its id. */
    private static String thaiNaming(String name, String nationality, Integer birthYear) {
        String id = write(TH_ANALYST, withEntities(report("Thai name", "AMBER", "H2", List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))),
                List.of(person(name, nationality, birthYear))));
        publish(TH_ANALYST, id);
        return id;
    }
}
