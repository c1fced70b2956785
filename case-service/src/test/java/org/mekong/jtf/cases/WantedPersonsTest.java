package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mekong.jtf.cases.Api.*;

/** Wanted persons: warrants and their international requests, the wanted list (hit/no-hit), sightings. */
@QuarkusTest
class WantedPersonsTest {

    private static final String KH_LIAISON = Tokens.officer("kh-lia-2", "KH-NACD", "KH", "liaison");
    private static final String KH_INVESTIGATOR = Tokens.officer("kh-inv-2", "KH-NACD", "KH", "investigator");
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aWarrantMakesThePersonWantedAndEachInternationalRequestHasItsOwnSteps() throws Exception {
        String caseId = openCase(VN_SUPERVISOR, "Warrant case", "TH-ONCB");
        String subject = as(VN_INVESTIGATOR).body(Map.of("fullName", "Trần Thị Mai", "nationality", "VN", "role", "ORGANISER",
                "status", "AT_LARGE")).post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
        String path = "/api/cases/" + caseId + "/warrants";

        // refusals first: each a problem, nothing stored
        RestAssured.given().contentType("application/json").body(warrant(subject, Map.of())).post(path).then().statusCode(401);
        as(VN_ANALYST).body(warrant(subject, Map.of())).post(path).then().statusCode(403).contentType("application/problem+json");
        as(KH_INVESTIGATOR).body(warrant(subject, Map.of())).post(path).then().statusCode(404).contentType("application/problem+json");
        as(VN_INVESTIGATOR).body(warrant(subject, Map.of("requests", List.of(Map.of("kind", "BILATERAL_REQUEST",
                "requestedOn", TODAY.toString()))))).post(path).then().statusCode(400).body("detail", containsString("requests[0].addressedTo"));
        as(VN_INVESTIGATOR).body(warrant(subject, Map.of("requests", List.of(Map.of("kind", "RED_NOTICE", "addressedTo", "TH",
                "requestedOn", TODAY.toString()))))).post(path).then().statusCode(400).body("detail", containsString("INTERPOL"));
        as(VN_INVESTIGATOR).body(warrant(subject, Map.of("issuedOn", TODAY.plusDays(1).toString()))).post(path).then().statusCode(400)
                .body("violations[0].field", is("issuedOn"));
        as(VN_INVESTIGATOR).body(warrant(subject, Map.of("offence", " "))).post(path).then().statusCode(400)
                .body("violations[0].field", is("offence"));
        String otherCase = openCase(VN_SUPERVISOR, "Another case");
        String stranger = addSubject(VN_INVESTIGATOR, otherCase, "Someone else", "VN");
        as(VN_INVESTIGATOR).body(warrant(stranger, Map.of())).post(path).then().statusCode(400).body("detail", containsString("subjectId"));
        assertEquals(0, Db.count("select count(*) from warrant where case_id = '" + caseId + "'"));
        as(VN_LIAISON).get("/api/cases/" + caseId + "/subjects/" + subject).then().body("status", is("AT_LARGE"));

        // the warrant, with a Red Notice requested: the person is WANTED, both lines on the timeline
        ValidatableResponse issued = as(VN_INVESTIGATOR).body(warrant(subject, Map.of("requests", List.of(Map.of("kind", "RED_NOTICE",
                "requestedOn", TODAY.minusDays(9).toString()))))).post(path).then().statusCode(201)
                .body("status", is("ACTIVE")).body("issuingCountry", is("VN"))
                .body("requests", hasSize(1)).body("requests[0].status", is("REQUESTED")).body("requests[0].kind", is("RED_NOTICE"));
        String warrantId = issued.extract().path("id");
        String notice = issued.extract().path("requests[0].id");
        issued.header("Location", endsWith(path + "/" + warrantId));
        as(VN_LIAISON).get("/api/cases/" + caseId + "/subjects/" + subject).then().body("status", is("WANTED"));
        as(TH_INVESTIGATOR).get(path).then().statusCode(200).body("total", is(1)).body("items[0].requests[0].id", is(notice));
        as(KH_LIAISON).get(path + "/" + warrantId).then().statusCode(404);
        as(VN_LIAISON).get("/api/cases/" + caseId + "/timeline").then()
                .body("items.type", hasItems("WARRANT_ISSUED", "SUBJECT_STATUS_CHANGED"))
                .body("items.find { it.type == 'WARRANT_ISSUED' }.summary", containsString("wanted by VN"));

        // the notice is published: its number recorded; then it can only be cancelled
        String noticePath = path + "/" + warrantId + "/requests/" + notice + "/transitions";
        as(VN_LIAISON).body(Map.of("status", "ISSUED", "on", TODAY.toString())).post(noticePath).then().statusCode(428);
        as(VN_LIAISON).header("If-Match", "\"7\"").body(Map.of("status", "ISSUED", "on", TODAY.toString())).post(noticePath)
                .then().statusCode(412);
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "ISSUED", "on", TODAY.minusDays(10).toString()))
                .post(noticePath).then().statusCode(400).body("detail", containsString("previous step"));
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "ISSUED", "on", TODAY.toString(), "reference", "A-1234/5-2026"))
                .post(noticePath).then().statusCode(200).body("status", is("ISSUED")).body("reference", is("A-1234/5-2026"))
                .header("ETag", is("\"1\""));
        as(VN_LIAISON).header("If-Match", "\"1\"").body(Map.of("status", "REFUSED", "on", TODAY.toString())).post(noticePath)
                .then().statusCode(409).contentType("application/problem+json");

        // a bilateral request to Thailand, then the warrant is withdrawn and takes no more
        as(VN_LIAISON).body(Map.of("kind", "BILATERAL_REQUEST", "addressedTo", "TH", "requestedOn", TODAY.toString()))
                .post(path + "/" + warrantId + "/requests").then().statusCode(201).body("addressedTo", is("TH"))
                .body("warrantId", is(warrantId));
        as(VN_LIAISON).body(Map.of("status", "WITHDRAWN", "reason", "court quashed it")).post(path + "/" + warrantId + "/transitions")
                .then().statusCode(428);
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "WITHDRAWN", "reason", "court quashed it"))
                .post(path + "/" + warrantId + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"))
                .body("requests", hasSize(2));
        as(VN_LIAISON).header("If-Match", "\"1\"").body(Map.of("status", "ACTIVE"))
                .post(path + "/" + warrantId + "/transitions").then().statusCode(409);
        as(VN_LIAISON).body(Map.of("kind", "DIFFUSION", "requestedOn", TODAY.toString()))
                .post(path + "/" + warrantId + "/requests").then().statusCode(409);
        assertEquals(2, Db.count("select count(*) from international_request where warrant_id = '" + warrantId + "'"));
    }

    @Test
    void aNameWrittenInThaiIsFoundByItsPassportSpellingAndItsVariants() {
        String caseId = openCase(VN_SUPERVISOR, "Wanted Thai courier", "TH-ONCB");
        String subject = as(VN_INVESTIGATOR).body(Map.of("fullName", "สมชาย ใจดี วิเศษ", "nationality", "TH", "dateOfBirth", "1979-05-12",
                "role", "COURIER", "status", "AT_LARGE")).post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
        String wantedId = as(VN_INVESTIGATOR).body(warrant(subject, Map.of())).post("/api/cases/" + caseId + "/warrants")
                .then().statusCode(201).extract().path("id");
        // the passport spelling, another file's spelling, another word order: the same entry
        search(KH_LIAISON, Map.of("name", "Somchai Jaidee Wiset", "birthYear", 1979)).body("result", is("HIT"))
                .body("entries[0].wantedId", is(wantedId));
        search(KH_LIAISON, Map.of("name", "WISET SOMCHAY JAIDI")).body("result", is("POSSIBLE")).body("entries[0].wantedId", is(wantedId));
        // another given name is another person
        search(KH_LIAISON, Map.of("name", "Somsak Jaidee Wiset")).body("result", is("NO_HIT"));
    }

    @Test
    void anAgencyOutsideTheCaseLearnsOnlyWhoWantsThePersonAndWhomToAsk() throws Exception {
        String caseId = openCase(VN_SUPERVISOR, "Wanted list case", "LA-MPS");
        String reference = as(VN_LIAISON).get("/api/cases/" + caseId).then().extract().path("reference");
        String subject = as(VN_INVESTIGATOR).body(Map.of("fullName", "Nguyễn Văn Hùng", "nationality", "VN", "dateOfBirth", "1979-04-02",
                "role", "ORGANISER", "status", "AT_LARGE", "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", "C 1234-5678",
                        "issuingCountry", "VN")))).post("/api/cases/" + caseId + "/subjects").then().statusCode(201).extract().path("id");
        String wantedId = as(VN_INVESTIGATOR).body(warrant(subject, Map.of("contact", "C04 international cooperation desk")))
                .post("/api/cases/" + caseId + "/warrants").then().statusCode(201).extract().path("id");

        // Cambodia, outside the case: a name in another order, without accents, with the year of birth
        String body = search(KH_LIAISON, Map.of("name", "HUNG NGUYEN VAN", "birthYear", 1979)).statusCode(200)
                .body("result", is("HIT")).body("entries", hasSize(1))
                .body("entries[0].wantedId", is(wantedId)).body("entries[0].wantedBy", is("VN"))
                .body("entries[0].contactAgency", is("VN-C04"))
                .body("entries[0].howToAsk", allOf(containsString("VN-C04"), containsString(wantedId), containsString("cooperation desk")))
                .body("entries[0].reasons", hasItems("the full name you gave", "the year of birth you gave"))
                .body("entries[0].person", nullValue()).body("entries[0].warrant", nullValue())
                .extract().asString();
        for (String secret : List.of("Nguy", "1979-04-02", "C12345678", subject, caseId, reference, "Hanoi People", "HN-2026/117", "art. 250")) {
            assertFalse(body.contains(secret), "the outside answer leaks " + secret + ": " + body);
        }
        // a document number written differently is a hit by itself; a name alone only a possible one
        search(KH_LIAISON, Map.of("documentNumber", "c1234 5678")).body("result", is("HIT"))
                .body("entries[0].reasons", contains("the document number you gave"));
        search(KH_LIAISON, Map.of("name", "nguyen van hung")).body("result", is("POSSIBLE")).body("entries[0].match", is("POSSIBLE"));
        search(KH_LIAISON, Map.of("name", "Nguyen Van Hung", "nationality", "VN")).body("result", is("HIT"));
        // a birth date that disagrees rules the person out; an unknown name finds nothing
        search(KH_LIAISON, Map.of("name", "Nguyen Van Hung", "dateOfBirth", "1980-01-01")).body("result", is("NO_HIT")).body("entries", empty());
        search(KH_LIAISON, Map.of("name", "Nguyen Van")).body("result", is("NO_HIT"));

        // Laos, in the case, sees the person and the warrant, and why they match
        search(LA_INVESTIGATOR, Map.of("name", "Nguyen Van Hung", "dateOfBirth", "1979-04-02")).body("result", is("HIT"))
                .body("entries[0].person.fullName", is("Nguyễn Văn Hùng")).body("entries[0].person.caseReference", is(reference))
                .body("entries[0].warrant.reference", is("HN-2026/117")).body("entries[0].reasons", hasItem("same date of birth 1979-04-02"));

        // an alias added later is searchable at once
        String subjectPath = "/api/cases/" + caseId + "/subjects/" + subject;
        as(VN_INVESTIGATOR).header("If-Match", etagOf(VN_INVESTIGATOR, subjectPath)).body(Map.of("aliases", List.of("Hùng Béo")))
                .patch(subjectPath).then().statusCode(200);
        search(KH_LIAISON, Map.of("name", "Beo Hung")).body("result", is("POSSIBLE")).body("entries[0].wantedId", is(wantedId));

        // the hits are filed with Vietnam, the owner: it knows that Cambodia found its wanted person
        Db.awaitSequenced();
        assertEquals(5, Db.count("select count(*) from audit_log where action = 'hit' and object_type = 'wanted-hit' and object_id = '"
                + wantedId + "' and agency = 'KH-NACD' and owner_agency = 'VN-C04'"));

        // bad searches: 400 and cheap; no token 401; an auditor 403
        search(KH_LIAISON, Map.of()).statusCode(400).body("detail", containsString("full name or a document number"));
        search(KH_LIAISON, Map.of("name", "   ")).statusCode(400);
        search(KH_LIAISON, Map.of("name", "x", "dateOfBirth", "1979-04-02", "birthYear", 1979)).statusCode(400);
        search(KH_LIAISON, Map.of("name", "x", "nationality", "VNM")).statusCode(400);
        search(KH_LIAISON, Map.of("name", "x", "dateOfBirth", "02/04/1979")).statusCode(400);
        RestAssured.given().get("/api/wanted?name=x").then().statusCode(401);
        search(VN_AUDITOR, Map.of("name", "x")).statusCode(403);

        // executed or withdrawn, the person leaves the list
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "WITHDRAWN"))
                .post("/api/cases/" + caseId + "/warrants/" + wantedId + "/transitions").then().statusCode(200);
        search(KH_LIAISON, Map.of("documentNumber", "C12345678")).body("result", is("NO_HIT"));
    }

    @Test
    void aSightingByAnyAgencyNotifiesTheCaseAndShowsOnlyWhatTheRecorderMaySee() {
        String caseId = openCase(VN_SUPERVISOR, "Sighting case", "TH-ONCB");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Somsak Wongsawat", "TH");
        String wantedId = as(VN_INVESTIGATOR).body(warrant(subject, Map.of())).post("/api/cases/" + caseId + "/warrants")
                .then().statusCode(201).extract().path("id");
        String sightings = "/api/wanted/" + wantedId + "/sightings";
        Map<String, Object> seen = Map.of("country", "KH", "province", "KH-12", "place", "Phnom Penh, Olympic market",
                "seenAt", TODAY.minusDays(1) + "T08:30:00Z", "sourceReliability", "B", "informationCredibility", "2");

        // refusals: bad grading, a province of another country, a time to come, an unknown entry, no token, an analyst
        as(KH_INVESTIGATOR).body(with(seen, "sourceReliability", "G")).post(sightings).then().statusCode(400)
                .body("violations[0].field", is("sourceReliability"));
        as(KH_INVESTIGATOR).body(with(seen, "province", "TH-10")).post(sightings).then().statusCode(400).body("detail", containsString("province"));
        as(KH_INVESTIGATOR).body(with(seen, "seenAt", TODAY.plusDays(2) + "T00:00:00Z")).post(sightings).then().statusCode(400);
        as(KH_INVESTIGATOR).body(seen).post("/api/wanted/" + java.util.UUID.randomUUID() + "/sightings").then().statusCode(404)
                .contentType("application/problem+json");
        RestAssured.given().contentType("application/json").body(seen).post(sightings).then().statusCode(401);
        as(Tokens.officer("kh-ana-2", "KH-NACD", "KH", "analyst")).body(seen).post(sightings).then().statusCode(403);

        // Cambodia, outside the case, records one; Thailand, inside, another
        var recorded = as(KH_INVESTIGATOR).header("Idempotency-Key", "kh-sighting-1").body(seen).post(sightings).then().statusCode(201);
        String khSighting = recorded.extract().path("id");
        recorded.header("Location", endsWith(sightings + "/" + khSighting));
        // a retry (the national system did not hear the answer) records nothing new
        as(KH_INVESTIGATOR).header("Idempotency-Key", "kh-sighting-1").body(seen).post(sightings).then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", is(khSighting));
        as(KH_INVESTIGATOR).get(sightings + "/" + khSighting).then().statusCode(200).body("recordingAgency", is("KH-NACD"))
                .body("wantedId", is(wantedId)).body("$", not(hasKey("caseId")));
        String thSighting = as(TH_INVESTIGATOR).body(with(seen, "country", "TH", "province", "TH-50", "place", "Chiang Mai"))
                .post(sightings).then().statusCode(201).extract().path("id");

        // the case hears of both; Cambodia sees only its own
        as(VN_LIAISON).queryParam("size", 100).get("/api/cases/" + caseId + "/timeline").then()
                .body("items.findAll { it.type == 'SIGHTING_RECORDED' }.objectId", containsInAnyOrder(khSighting, thSighting))
                .body("items.find { it.objectId == '" + khSighting + "' }.summary", allOf(containsString("KH (KH-12)"),
                        containsString("KH-NACD"), containsString("graded B2")))
                .body("items.find { it.objectId == '" + khSighting + "' }.agency", is("KH-NACD"));
        as(VN_LIAISON).get(sightings).then().statusCode(200).body("total", is(2));
        as(KH_INVESTIGATOR).get(sightings).then().statusCode(200).body("total", is(1)).body("items[0].id", is(khSighting));
        as(KH_INVESTIGATOR).get(sightings + "/" + thSighting).then().statusCode(404);
        as(KH_INVESTIGATOR).get("/api/cases/" + caseId + "/timeline").then().statusCode(404);

        // once the warrant is executed: the case's agencies are told why (409), others find nothing (404)
        as(VN_LIAISON).header("If-Match", "\"0\"").body(Map.of("status", "EXECUTED"))
                .post("/api/cases/" + caseId + "/warrants/" + wantedId + "/transitions").then().statusCode(200);
        as(TH_INVESTIGATOR).body(seen).post(sightings).then().statusCode(409);
        as(KH_INVESTIGATOR).body(seen).post(sightings).then().statusCode(404);
    }

    static Map<String, Object> warrant(String subject, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("subjectId", subject, "issuingAuthority", "Hanoi People's Procuracy",
                "issuedOn", TODAY.minusDays(10).toString(), "offence", "Illegal trafficking of narcotic substances (art. 250)",
                "reference", "HN-2026/117"));
        body.putAll(extra);
        return body;
    }

    private static ValidatableResponse search(String token, Map<String, Object> query) {
        return as(token).queryParams(query).get("/api/wanted").then();
    }

    private static Map<String, Object> with(Map<String, Object> body, Object... changes) {
        Map<String, Object> changed = new HashMap<>(body);
        for (int i = 0; i < changes.length; i += 2) {
            changed.put((String) changes[i], changes[i + 1]);
        }
        return changed;
    }
}
