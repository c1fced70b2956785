package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.intel.Api.*;

/**
 * Agreements: seeded by migration, readable by all, changed by no agency alone — a party's
 * supervisor proposes, every other party country approves, and only then does the change apply.
 */
@QuarkusTest
class AgreementTest {

    @Test
    void theSeededAgreementsAreReadableByEveryRole() {
        as(VN_AUDITOR).get("/api/agreements").then().statusCode(200)
                .body("code", hasItems("VN-TH-1998", "VN-LA-DRUG", "VN-KH-DRUG", "MEKONG-MOU-1993"));
        as(KH_ANALYST).get("/api/agreements/MEKONG-MOU-1993").then().statusCode(200)
                .body("kind", is("MULTILATERAL")).body("parties", contains("CN", "KH", "LA", "MM", "TH", "VN"))
                .body("maxHandling", is("H1")).body("inForce", is(true)).header("ETag", notNullValue());
        as(TH_ANALYST).get("/api/agreements?country=TH&inForce=true").then().statusCode(200)
                .body("code", hasItems("VN-TH-1998", "MEKONG-MOU-1993")).body("code", not(hasItem("VN-LA-DRUG")));
        as(TH_ANALYST).get("/api/agreements/NO-SUCH-AGREEMENT").then().statusCode(404);
        as(TH_ANALYST).get("/api/agreements?country=XX").then().statusCode(400).body("violations[0].field", is("country"));
    }

    @Test
    void aNewAgreementAppliesOnlyOnceTheOtherPartyApproved() {
        String code = uniqueCode("VN-MY");
        Map<String, Object> proposal = newAgreement(code, List.of("VN", "MY"));
        String id = as(VN_SUPERVISOR).body(proposal).post("/api/agreements/proposals").then().statusCode(201)
                .header("Location", containsString("/api/agreements/proposals/"))
                .body("status", is("PENDING")).body("awaitingCountries", contains("MY"))
                .body("approvals.country", contains("VN")).extract().path("id");
        // proposing is not applying
        as(VN_ANALYST).get("/api/agreements/" + code).then().statusCode(404);
        // another Vietnamese agency cannot approve for Malaysia, nor twice for Vietnam
        decide(supervisorOf("VN-BDBP", "VN"), id, "APPROVE").then().statusCode(409)
                .body("detail", containsString("VN has already approved"));
        // a country that is no party does not decide
        decide(TH_SUPERVISOR, id, "APPROVE").then().statusCode(403);
        // a stale or missing version is refused
        as(supervisorOf("MY-NADA", "MY")).header("If-Match", "\"99\"").body(Map.of("decision", "APPROVE"))
                .post("/api/agreements/proposals/" + id + "/decisions").then().statusCode(412);
        as(supervisorOf("MY-NADA", "MY")).body(Map.of("decision", "APPROVE"))
                .post("/api/agreements/proposals/" + id + "/decisions").then().statusCode(428);
        decide(supervisorOf("MY-NADA", "MY"), id, "APPROVE").then().statusCode(200).body("status", is("APPLIED"))
                .body("awaitingCountries", empty()).body("approvals.country", contains("VN", "MY"));
        as(VN_ANALYST).get("/api/agreements/" + code).then().statusCode(200).body("inForce", is(true))
                .body("parties", contains("MY", "VN")).body("purposes", contains("INVESTIGATION", "INTELLIGENCE_ANALYSIS"));
        // decided once
        decide(supervisorOf("MY-NADA", "MY"), id, "REJECT").then().statusCode(409);
        as(VN_ANALYST).get("/api/agreements/" + code + "/history").then().statusCode(200)
                .body("change", contains("CREATE")).body("status", contains("APPLIED"));
    }

    @Test
    void aRejectedAmendmentChangesNothing() {
        String code = uniqueCode("VN-BN");
        agreement(code, "VN-C04", "BN-NCB", List.of("INVESTIGATION"), "H1", LocalDate.of(2020, 1, 1), null);
        String id = as(VN_SUPERVISOR).body(Map.of("change", "AMEND", "agreement", code, "maxHandling", "H3",
                "reason", "cover H3 material")).post("/api/agreements/proposals").then().statusCode(201).extract().path("id");
        decide(supervisorOf("BN-NCB", "BN"), id, "REJECT").then().statusCode(200).body("status", is("REJECTED"))
                .body("rejectedByAgency", is("BN-NCB"));
        as(VN_ANALYST).get("/api/agreements/" + code).then().body("maxHandling", is("H1"));
        as(VN_ANALYST).get("/api/agreements/" + code + "/history").then().body("status", contains("APPLIED", "REJECTED"));
    }

    @Test
    void proposalsAreForPartiesSupervisorsAndMustMakeSense() {
        // not a party
        as(TH_SUPERVISOR).body(Map.of("change", "WITHDRAW", "agreement", "VN-LA-DRUG", "reason", "no"))
                .post("/api/agreements/proposals").then().statusCode(403);
        // not a supervisor
        as(VN_ANALYST).body(Map.of("change", "WITHDRAW", "agreement", "VN-LA-DRUG", "reason", "no"))
                .post("/api/agreements/proposals").then().statusCode(403);
        // an amendment that changes nothing, a new agreement without its fields, one that exists, a bilateral with three parties
        as(VN_SUPERVISOR).body(Map.of("change", "AMEND", "agreement", "VN-LA-DRUG", "reason", "nothing"))
                .post("/api/agreements/proposals").then().statusCode(400);
        as(VN_SUPERVISOR).body(Map.of("change", "CREATE", "code", "VN-XX-1", "reason", "incomplete"))
                .post("/api/agreements/proposals").then().statusCode(400).body("violations[0].field", is("title"));
        as(VN_SUPERVISOR).body(newAgreement("VN-TH-1998", List.of("VN", "TH")))
                .post("/api/agreements/proposals").then().statusCode(409);
        Map<String, Object> threeBilateral = newAgreement(uniqueCode("VN-3"), List.of("VN", "TH", "LA"));
        threeBilateral.put("kind", "BILATERAL");
        as(VN_SUPERVISOR).body(threeBilateral)
                .post("/api/agreements/proposals").then().statusCode(400).body("violations[0].field", is("parties"));
        as(VN_SUPERVISOR).body(Map.of("change", "AMEND", "agreement", "VN-LA-DRUG", "purposes", List.of("SMUGGLING"),
                "reason", "x")).post("/api/agreements/proposals").then().statusCode(400);
        Map<String, Object> backwards = newAgreement(uniqueCode("VN-BW"), List.of("VN", "PH"));
        backwards.put("validUntil", "2019-12-31");
        as(VN_SUPERVISOR).body(backwards).post("/api/agreements/proposals").then().statusCode(400)
                .body("violations[0].field", is("validUntil"));
        // unknown proposal
        as(VN_SUPERVISOR).get("/api/agreements/proposals/00000000-0000-0000-0000-000000000000").then().statusCode(404);
    }

    @Test
    void aRetriedProposalCreatesOneProposal() throws Exception {
        String code = uniqueCode("VN-TL");
        Map<String, Object> proposal = newAgreement(code, List.of("VN", "TL"));
        String first = as(VN_SUPERVISOR).header("Idempotency-Key", "proposal-" + code).body(proposal)
                .post("/api/agreements/proposals").then().statusCode(201).extract().path("id");
        String again = as(VN_SUPERVISOR).header("Idempotency-Key", "proposal-" + code).body(proposal)
                .post("/api/agreements/proposals").then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        org.junit.jupiter.api.Assertions.assertEquals(1, Db.count("select count(*) from agreement_proposal where code = ?", code));
    }

    static Map<String, Object> newAgreement(String code, List<String> parties) {
        Map<String, Object> p = new HashMap<>();
        p.put("change", "CREATE");
        p.put("code", code);
        p.put("title", "Memorandum " + code);
        p.put("kind", parties.size() == 2 ? "BILATERAL" : "MULTILATERAL");
        p.put("parties", parties);
        p.put("purposes", List.of("INVESTIGATION", "INTELLIGENCE_ANALYSIS"));
        p.put("maxHandling", "H2");
        p.put("validFrom", "2020-01-01");
        p.put("reason", "a new channel");
        return p;
    }
}
