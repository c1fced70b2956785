package org.mekong.jtf.cases;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;

import static org.mekong.jtf.cases.Api.as;

/** Direct access to the test database, for what a test must see or do behind the service's back. */
final class Db {

    private Db() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    static String url() {
        return "jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432") + "/mekong_case_test";
    }

    static long count(String sql) throws SQLException {
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of every row. */
    static java.util.List<String> strings(String sql) throws SQLException {
        try (var c = connect(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            java.util.List<String> values = new java.util.ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    static void execute(String... statements) throws SQLException {
        try (var c = connect(); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /**
     * Waits until the sequencer has linked every entry written so far (it polls every few ms) and
     * signed a checkpoint of every chain's head (the test profile signs after every batch).
     */
    static void awaitSequenced() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (count("select count(*) from audit_log where hash is null") > 0 || count("""
                select count(*) from (select owner_agency, max(seq) head from audit_log where seq is not null group by owner_agency) c
                where not exists (select 1 from audit_checkpoint k where k.owner_agency = c.owner_agency and k.size = c.head)""") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("audit entries were not sequenced within 20 s");
            }
            Thread.sleep(10);
        }
    }

    /** The auditor's verify of their agency's chain, once everything is sequenced. */
    static io.restassured.response.ValidatableResponse verified(String auditorToken) throws Exception {
        awaitSequenced();
        return as(auditorToken).get("/api/audit/cases/verify").then().statusCode(200);
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
