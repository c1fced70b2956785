package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mekong.jtf.intel.Api.*;

/**
 * The case service's records in the correlation index: applied in order whatever the deliveries,
 * matched with reports both ways, seen only by the case's agencies — and by them only while they take
 * part in it.
 */
@QuarkusTest
class CaseRecordCorrelationTest {

    private static final String CASE_SERVICE_FOR_VN = Tokens.officer("case-service", "VN-C04", "VN", "integration");

    @Test
    void aThaiReportAndAVietnameseCaseMatchOnAPhoneAndEachSideSeesWhatItMay() {
        UUID caseId = UUID.randomUUID();
        UUID subject = UUID.randomUUID();
        String local = "09" + (10000000 + (int) (Math.random() * 89999999));
        String record = "/api/correlation/case-records/subject/" + subject;

        // refusals first: an officer, a record type that does not exist, a token of an agency outside the case, a bad phone
        as(VN_ANALYST).body(sync(caseId, 0, 1, List.of("VN-C04"), local)).put(record).then().statusCode(403);
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 0, 1, List.of("VN-C04"), local)).put("/api/correlation/case-records/vehicle/" + subject)
                .then().statusCode(400);
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 0, 1, List.of("LA-MPS"), local)).put(record).then().statusCode(403);
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 0, 1, List.of("VN-C04"), "not a phone")).put(record).then().statusCode(400)
                .body("detail", containsString("entities[0].value"));

        // the subject of Vietnam's case, with Laos taking part, names a phone as Vietnamese write it
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 0, 1, List.of("VN-C04", "LA-MPS"), local)).put(record).then().statusCode(200)
                .body("outcome", is("APPLIED")).body("mentions", is(1));
        // Thailand reports the same phone in international form and shares the report with Vietnam only
        String international = "+84 " + local.substring(1, 3) + " " + local.substring(3);
        String thai = write(TH_ANALYST, withPhone(report("Thai report on a Vietnamese phone", "AMBER", "H2",
                List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION"))), international));
        publish(TH_ANALYST, thai);

        // Vietnam sees both sides: the case's hit links the report, the report's hit links the case record
        as(VN_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(200).body("$", hasSize(1))
                .body("[0].visibility", is("LINKED")).body("[0].matched.kind", is("REPORT")).body("[0].matched.id", is(thai))
                .body("[0].explanation", is("same E.164 number +84" + local.substring(1)));
        as(VN_ANALYST).get(REPORTS + "/" + thai + "/hits").then().statusCode(200)
                .body("[0].visibility", is("LINKED")).body("[0].matched.kind", is("CASE_RECORD"))
                .body("[0].matched.reference", is("JI-2026-TEST-" + caseId.toString().substring(0, 4)))
                .body("[0].matched.caseId", is(caseId.toString())).body("[0].matched.recordType", is("subject"));
        // Thailand, outside the case: only that Vietnam holds a match
        String thaiView = as(TH_ANALYST).get(REPORTS + "/" + thai + "/hits").then().statusCode(200)
                .body("[0].visibility", is("HELD_ELSEWHERE")).body("[0].heldBy", is("VN-C04")).body("[0].matched", nullValue())
                .extract().asString();
        for (String secret : List.of(caseId.toString(), subject.toString(), "JI-2026-TEST", "Trần")) {
            assertFalse(thaiView.contains(secret), "Thailand's answer leaks " + secret + ": " + thaiView);
        }
        // Laos takes part in the case but was not given the report: held elsewhere, by Thailand
        as(LA_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(200)
                .body("[0].visibility", is("HELD_ELSEWHERE")).body("[0].heldBy", is("TH-ONCB"));
        as(KH_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(404).contentType("application/problem+json");

        // Thailand's national system (a machine identity too) cannot change who sees Vietnam's case, nor its records
        String thaiSystem = Tokens.officer("th-national-system", "TH-ONCB", "TH", "integration");
        as(thaiSystem).body(Map.of("participants", List.of("TH-ONCB", "KH-NACD"), "seq", 99))
                .put("/api/correlation/cases/" + caseId + "/participants").then().statusCode(404).contentType("application/problem+json");
        as(thaiSystem).body(sync(caseId, 50, 99, List.of("TH-ONCB", "KH-NACD"), local)).put(record).then().statusCode(404);
        as(KH_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(404);
        as(LA_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(200);

        // Laos leaves the case: it loses the case's hits at once; an older participants list changes nothing
        as(CASE_SERVICE_FOR_VN).body(Map.of("participants", List.of("VN-C04"), "seq", 2))
                .put("/api/correlation/cases/" + caseId + "/participants").then().statusCode(200).body("outcome", is("APPLIED"));
        as(LA_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(404);
        as(CASE_SERVICE_FOR_VN).body(Map.of("participants", List.of("VN-C04", "LA-MPS"), "seq", 1))
                .put("/api/correlation/cases/" + caseId + "/participants").then().statusCode(200).body("outcome", is("STALE"));
        as(LA_ANALYST).get("/api/correlation/cases/" + caseId + "/hits").then().statusCode(404);

        // a late, older delivery of the record is stale; a newer one without the phone removes the hit
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 0, 1, List.of("VN-C04", "LA-MPS"), local)).put(record).then().statusCode(200)
                .body("outcome", is("STALE"));
        as(CASE_SERVICE_FOR_VN).body(sync(caseId, 1, 2, List.of("VN-C04"), null)).put(record).then().statusCode(200)
                .body("outcome", is("APPLIED")).body("mentions", is(0));
        as(VN_ANALYST).get(REPORTS + "/" + thai + "/hits").then().statusCode(200).body("$", empty());
    }

    private static Map<String, Object> sync(UUID caseId, long seq, long caseSeq, List<String> participants, String phone) {
        Map<String, Object> body = new HashMap<>();
        body.put("caseId", caseId.toString());
        body.put("caseReference", "JI-2026-TEST-" + caseId.toString().substring(0, 4));
        body.put("label", "subject Trần Văn Minh");
        body.put("seq", seq);
        body.put("caseSeq", caseSeq);
        body.put("participants", participants);
        body.put("entities", phone == null ? List.of() : List.of(Map.of("type", "PHONE", "value", phone)));
        return body;
    }

    private static Map<String, Object> withPhone(Map<String, Object> report, String phone) {
        Map<String, Object> body = new HashMap<>(report);
        body.put("entities", List.of(Map.of("type", "PHONE", "value", phone)));
        return body;
    }
}
