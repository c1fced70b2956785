package org.mekong.jtf.common.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/**
 * Gives a service's tests a database of their own on the real PostgreSQL (never the one the local
 * run uses: Flyway clean wipes whatever the test profile points at). Creates it when missing.
 * Host, port and an administrator account (one that may create roles and databases and act as a
 * DBA, as the tests that tamper with the audit log must) come from DB_HOST, DB_PORT, DB_USER and
 * DB_PASSWORD. The service under test runs with the least privileges it has in production: as
 * {@code <database>_app}, migrating as {@code <database>_owner}, sequencing the audit log as
 * {@code <database>_sequencer} — roles made here, with a password, since a stock cluster wants one.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    /** Test roles' password: they exist only on the cluster the tests run against, for its test databases. */
    public static final String ROLE_PASSWORD = "mekong-test-only";

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
        if (database == null || !database.matches("[a-z_][a-z0-9_]*_test")) {
            throw new IllegalArgumentException("test database names end in _test: " + database);
        }
    }

    @Override
    public Map<String, String> start() {
        String host = env("DB_HOST", "127.0.0.1");
        String port = env("DB_PORT", "5432");
        String user = env("DB_USER", "postgres");
        String password = env("DB_PASSWORD", "");
        String owner = database + "_owner";
        String app = database + "_app";
        String sequencer = database + "_sequencer";
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password);
             var s = c.createStatement()) {
            for (String role : new String[]{owner, app, sequencer}) {
                var exists = s.executeQuery("select 1 from pg_roles where rolname = '" + role + "'");
                s.execute((exists.next() ? "alter role " : "create role ") + role + " login password '" + ROLE_PASSWORD + "'");
            }
            var db = s.executeQuery("select pg_get_userbyid(datdba) from pg_database where datname = '" + database + "'");
            String currentOwner = db.next() ? db.getString(1) : null;
            if (currentOwner != null && !currentOwner.equals(owner)) {
                // made before roles existed: a test database holds nothing worth keeping
                s.execute("drop database " + database + " with (force)");
                currentOwner = null;
            }
            if (currentOwner == null) {
                s.execute("create database " + database + " owner " + owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + host + ":" + port + " is needed for the tests, with an account "
                    + "that may create roles and databases (start it, or run ./bin/suite test which sets one up): " + e.getMessage(), e);
        }
        Map<String, String> config = new java.util.HashMap<>();
        config.put("quarkus.datasource.reactive.url", "postgresql://" + host + ":" + port + "/" + database);
        config.put("quarkus.datasource.jdbc.url", "jdbc:postgresql://" + host + ":" + port + "/" + database);
        config.put("quarkus.datasource.username", app);
        config.put("quarkus.datasource.password", ROLE_PASSWORD);
        config.put("quarkus.flyway.username", owner);
        config.put("quarkus.flyway.password", ROLE_PASSWORD);
        config.put("quarkus.flyway.placeholders.appRole", app);
        config.put("quarkus.flyway.placeholders.sequencerRole", sequencer);
        config.put("mekong.audit.sequencer.username", sequencer);
        config.put("mekong.audit.sequencer.password", ROLE_PASSWORD);
        config.put("quarkus.flyway.clean-at-start", "true");
        config.put("quarkus.flyway.clean-disabled", "false");
        return config;
    }

    @Override
    public void stop() {
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
