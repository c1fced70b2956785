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
    void chainVerifiesAndTheTableRefusesEdits() throws SQLException {
        openCase(VN_INVESTIGATOR, "Chain case");
        as(VN_AUDITOR).get("/api/audit/cases/verify").then().statusCode(200)
                .body("valid", is(true)).body("entriesChecked", greaterThan(0));
        String url = "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/mekong_case_test";
        try (var c = DriverManager.getConnection(url, env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
             var s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update audit_log set agency = 'XX' where id = 1"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_log"));
        }
    }

    @Test
    void onlyAuditorsReadTheLog() {
        as(VN_SUPERVISOR).get("/api/audit/cases/entries").then().statusCode(403);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
