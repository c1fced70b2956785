package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mekong.jtf.cases.Api.*;

@QuarkusTest
class AuditTest {

    @Test
    void readsAndWritesAreAuditedForTheOwningAgency() {
        String caseId = openCase(VN_INVESTIGATOR, "Audited case", "LA-MPS");
        as(LA_INVESTIGATOR).header("X-Request-Id", "audit-read-1").get("/api/cases/" + caseId).then().statusCode(200);
        as(VN_AUDITOR).get("/api/audit/cases/entries?objectType=case&objectId=" + caseId).then().statusCode(200)
                .body("action", hasItems("case_opened", "read"))
                .body("find { it.requestId == 'audit-read-1' }.agency", is("LA-MPS"))
                .body("find { it.requestId == 'audit-read-1' }.officerId", is("la-inv-1"))
                .body("ownerAgency", everyItem(is("VN-C04")));
        // the case is VN-C04's: Laos' auditor sees none of its entries
        as(LA_AUDITOR).get("/api/audit/cases/entries?objectId=" + caseId).then().statusCode(200).body("$", empty());
    }

    @Test
    void chainVerifiesAndTheTableRefusesEdits() throws Exception {
        openCase(VN_INVESTIGATOR, "Chain case");
        Db.verified(VN_AUDITOR).body("valid", is(true)).body("entriesChecked", greaterThan(0));
        try (var c = DriverManager.getConnection(url(), env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_log set agency = 'XX' where id = 1"));
            // not even the sequencer's own columns, once set
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_log set hash = repeat('a', 64) where hash is not null"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log"));
        }
    }

    @Test
    void listReadsAndReplaysLeaveATraceEvenWhenEmpty() {
        String caseId = openCase(VN_INVESTIGATOR, "Empty list case");
        as(VN_ANALYST).header("X-Request-Id", "empty-list-read").get("/api/cases/" + caseId + "/seizures").then().body("items", empty());
        as(VN_AUDITOR).get("/api/audit/cases/entries?objectType=seizure-list&objectId=" + caseId).then().statusCode(200)
                .body("requestId", hasItem("empty-list-read")).body("officerId", hasItem("vn-ana-1"));
    }

    /** A row changed behind the service's back (trigger disabled, as a DBA could) breaks the chain at that row. */
    @Test
    void tamperingIsDetected() throws Exception {
        openCase(LA_INVESTIGATOR, "Lao chain case");
        openCase(VN_INVESTIGATOR, "Tamper case");
        Db.awaitSequenced();
        try (var c = DriverManager.getConnection(url(), env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             var s = c.createStatement()) {
            var rs = s.executeQuery("select id, agency from audit_log where owner_agency = 'VN-C04' order by seq desc limit 1");
            rs.next();
            long id = rs.getLong(1);
            String agency = rs.getString(2);
            s.execute("alter table audit_log disable trigger audit_log_append_only");
            try {
                s.executeUpdate("update audit_log set agency = 'TH-ONCB' where id = " + id);
                as(VN_AUDITOR).get("/api/audit/cases/verify").then().statusCode(200)
                        .body("valid", is(false)).body("firstBrokenEntryId", is((int) id));
                // each agency's entries are a chain of their own: Laos' is untouched
                as(LA_AUDITOR).get("/api/audit/cases/verify").then().statusCode(200)
                        .body("valid", is(true)).body("entriesChecked", greaterThan(0));
                s.executeUpdate("update audit_log set agency = '" + agency + "' where id = " + id);
            } finally {
                s.execute("alter table audit_log enable trigger audit_log_append_only");
            }
        }
        as(VN_AUDITOR).get("/api/audit/cases/verify").then().body("valid", is(true));
    }

    /** Concurrent requests append to the same chain; the sequencer must keep it one unbroken line. */
    @Test
    void concurrentAppendsKeepTheChainIntact() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Concurrent audit case", "LA-MPS");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var reads = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (int i = 0; i < 40; i++) {
                String token = i % 2 == 0 ? VN_ANALYST : LA_INVESTIGATOR;
                reads.add(pool.submit(() -> as(token).get("/api/cases/" + caseId).statusCode()));
            }
            for (var read : reads) {
                org.junit.jupiter.api.Assertions.assertEquals(200, read.get());
            }
        } finally {
            pool.shutdown();
        }
        Db.verified(VN_AUDITOR).body("valid", is(true));
        as(VN_AUDITOR).get("/api/audit/cases/entries?objectType=case&size=500&objectId=" + caseId).then()
                .body("findAll { it.action == 'read' }.size()", is(40));
    }

    @Test
    void onlyAuditorsReadTheLog() {
        as(VN_SUPERVISOR).get("/api/audit/cases/entries").then().statusCode(403);
    }

    private static String url() {
        return "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/mekong_case_test";
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
