package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

/** Audit without a lock on the request path: writes in their transaction, reads in shared batches, a sequencer links. */
@QuarkusTest
class AuditAtLineRateTest {

    private static final Map<String, Object> SEIZURE = Map.of("substance", "HEROIN", "quantity", 1.5, "unit", "KG",
            "country", "VN", "seizedAt", "2025-02-01T00:00:00Z");

    @Test
    void exactlyOneEntryPerAccessUnderConcurrentMixedLoadAndEveryChainVerifies() throws Exception {
        String[] tokens = {VN_INVESTIGATOR, LA_INVESTIGATOR, TH_INVESTIGATOR};
        String[] cases = {openCase(VN_INVESTIGATOR, "Mixed load VN"), openCase(LA_INVESTIGATOR, "Mixed load LA"),
                openCase(TH_INVESTIGATOR, "Mixed load TH")};
        String run = UUID.randomUUID().toString().substring(0, 8);
        var pool = Executors.newFixedThreadPool(32);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int agency = i % 3;
                String requestId = "mix-" + run + "-" + i;
                String path = "/api/cases/" + cases[agency];
                Callable<Integer> call = switch (i % 4) {
                    case 0, 2 -> () -> as(tokens[agency]).header("X-Request-Id", requestId).get(path).statusCode();
                    case 1 -> () -> as(tokens[agency]).header("X-Request-Id", requestId).body(SEIZURE).post(path + "/seizures").statusCode();
                    default -> () -> as(tokens[agency]).header("X-Request-Id", requestId).get(path + "/timeline").statusCode();
                };
                calls.add(pool.submit(call));
            }
            for (int i = 0; i < calls.size(); i++) {
                assertEquals(i % 4 == 1 ? 201 : 200, calls.get(i).get(), "request " + i);
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(200, Db.count("select count(*) from audit_log where request_id like 'mix-" + run + "-%'"));
        assertEquals(200, Db.count("select count(distinct request_id) from audit_log where request_id like 'mix-" + run + "-%'"));
        for (String auditor : new String[]{VN_AUDITOR, LA_AUDITOR, TH_AUDITOR}) {
            Db.verified(auditor).body("valid", is(true)).body("awaitingSequencing", is(0));
        }
        // one chain per owner: positions 1..n, no gaps, no position given twice
        assertEquals(0, Db.count("select count(*) from (select owner_agency, count(*) n, max(seq) m from audit_log"
                + " where seq is not null group by owner_agency) c where n <> m"));
    }

    @Test
    void aReadWhoseBatchCannotBeWrittenIsAnswered503AndLeavesNoTrace() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Batch failure case");
        Db.execute("""
                create or replace function audit_test_refuse() returns trigger language plpgsql as $$
                begin
                    if new.request_id = 'batch-must-fail' then raise exception 'disk full (test)'; end if;
                    return new;
                end $$""", "create trigger audit_test_refuse before insert on audit_log for each row execute function audit_test_refuse()");
        try {
            as(VN_ANALYST).header("X-Request-Id", "batch-must-fail").get("/api/cases/" + caseId).then()
                    .statusCode(503).header("Retry-After", notNullValue()).contentType("application/problem+json")
                    .body("status", is(503)).body("detail", containsString("audit trail")).body("title", is("Service unavailable"))
                    .body(not(containsString("Exception")));
        } finally {
            Db.execute("drop trigger audit_test_refuse on audit_log", "drop function audit_test_refuse()");
        }
        assertEquals(0, Db.count("select count(*) from audit_log where request_id = 'batch-must-fail'"));
        as(VN_ANALYST).header("X-Request-Id", "batch-works-again").get("/api/cases/" + caseId).then().statusCode(200);
        assertEquals(1, Db.count("select count(*) from audit_log where request_id = 'batch-works-again'"));
    }

    @Test
    void entriesLeftUnsequencedByAStoppedServiceAreSequencedByTheNextLeader() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Crash case");
        // what a replica that died between writing and sequencing leaves: rows without seq or hash
        Db.execute("insert into audit_log (occurred_at, officer_id, agency, action, object_type, object_id, owner_agency,"
                + " request_id, outcome) select now(), 'vn-inv-1', 'VN-C04', 'read', 'case', '" + caseId + "', 'VN-C04',"
                + " 'left-unsequenced-' || g, 'granted' from generate_series(1, 25) g");
        Db.verified(VN_AUDITOR).body("valid", is(true)).body("awaitingSequencing", is(0));
        assertEquals(25, Db.count("select count(*) from audit_log where request_id like 'left-unsequenced-%' and seq is not null"));
    }

    @Test
    void refusedAttemptsAreAuditedForTheOwningAgency() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Refusals case", "LA-MPS");
        // Thailand does not take part: 404, and Vietnam's auditors see the attempt
        as(TH_INVESTIGATOR).header("X-Request-Id", "refused-read-1").get("/api/cases/" + caseId).then().statusCode(404);
        // Laos takes part but does not lead: 403 on editing, audited the same way
        String etag = etagOf(VN_INVESTIGATOR, "/api/cases/" + caseId);
        as(LA_INVESTIGATOR).header("X-Request-Id", "refused-edit-1").header("If-Match", etag)
                .body(Map.of("title", "Renamed by Laos")).patch("/api/cases/" + caseId).then().statusCode(403);
        as(VN_AUDITOR).get("/api/audit/cases/entries?outcome=refused&objectId=" + caseId).then().statusCode(200)
                .body("size()", is(2))
                .body("find { it.requestId == 'refused-read-1' }.agency", is("TH-ONCB"))
                .body("find { it.requestId == 'refused-read-1' }.officerId", is("th-inv-1"))
                .body("find { it.requestId == 'refused-read-1' }.action", is("not-visible"))
                .body("find { it.requestId == 'refused-edit-1' }.agency", is("LA-MPS"))
                .body("find { it.requestId == 'refused-edit-1' }.action", is("forbidden"))
                .body("outcome", everyItem(is("refused")));
        as(TH_AUDITOR).get("/api/audit/cases/entries?objectId=" + caseId).then().statusCode(200).body("$", empty());
        // an id that exists nowhere, and a refusal by role, go to the service's own log
        String nowhere = UUID.randomUUID().toString();
        as(TH_INVESTIGATOR).get("/api/cases/" + nowhere).then().statusCode(404);
        as(VN_AUDITOR).header("X-Request-Id", "refused-by-role").get("/api/cases").then().statusCode(403);
        assertEquals(1, Db.count("select count(*) from audit_log where owner_agency = 'SERVICE' and object_id = '" + nowhere
                + "' and outcome = 'refused' and agency = 'TH-ONCB'"));
        assertEquals(1, Db.count("select count(*) from audit_log where owner_agency = 'SERVICE' and request_id = 'refused-by-role'"
                + " and object_id = 'GET /api/cases' and action = 'forbidden-by-role'"));
        // the 404 for an existing case and for a missing one still look the same to the caller
        String missing = as(TH_INVESTIGATOR).get("/api/cases/" + nowhere).then().extract().path("title");
        as(TH_INVESTIGATOR).get("/api/cases/" + caseId).then().statusCode(404).body("title", is(missing))
                .body("type", is("https://mekong-jtf.example/problems/not-found"));
    }

    @Test
    void theOriginatorListsItsPartnersReads() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Partner reads case", "LA-MPS");
        as(LA_INVESTIGATOR).get("/api/cases/" + caseId).then().statusCode(200);
        as(LA_INVESTIGATOR).get("/api/cases/" + caseId + "/timeline").then().statusCode(200);
        as(VN_ANALYST).get("/api/cases/" + caseId).then().statusCode(200);
        as(VN_AUDITOR).get("/api/audit/cases/partner-reads?objectId=" + caseId).then().statusCode(200)
                .body("total", is(2)).body("items.agency", everyItem(is("LA-MPS")))
                .body("items.objectType", containsInAnyOrder("case", "timeline"));
        as(VN_AUDITOR).get("/api/audit/cases/partner-reads?agency=LA-MPS&objectType=case&objectId=" + caseId).then()
                .body("total", is(1)).body("items[0].officerId", is("la-inv-1"));
        as(VN_AUDITOR).get("/api/audit/cases/partner-reads?agency=TH-ONCB&objectId=" + caseId).then().body("total", is(0));
        as(VN_AUDITOR).get("/api/audit/cases/partner-reads?from=2100-01-01&objectId=" + caseId).then().body("total", is(0));
        as(VN_AUDITOR).get("/api/audit/cases/partner-reads?from=yesterday").then().statusCode(400)
                .body("violations[0].field", is("from"));
        // Laos' auditors do not see Vietnam's records being read
        as(LA_AUDITOR).get("/api/audit/cases/partner-reads?objectId=" + caseId).then().body("total", is(0));
        as(VN_ANALYST).get("/api/audit/cases/partner-reads").then().statusCode(403);
    }
}
