package org.mekong.jtf.intel;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** Direct access to the test database, for what a test must see behind the service's back. */
final class Db {

    private Db() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + env("DB_HOST", "127.0.0.1") + ":" + env("DB_PORT", "5432")
                + "/mekong_intel_test", env("DB_USER", "postgres"), env("DB_PASSWORD", ""));
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (var c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static int execute(String sql, Object... parameters) throws SQLException {
        try (var c = connect(); var s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    /** Waits until the sequencer has linked every audit entry written so far. */
    static void awaitSequenced() throws Exception {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (count("select count(*) from audit_log where hash is null") > 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("audit entries were not sequenced within 20 s");
            }
            Thread.sleep(10);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
