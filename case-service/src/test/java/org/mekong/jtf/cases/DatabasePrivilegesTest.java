package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * The service's own database role may read and add audit entries but never change, remove or
 * unguard them; only the sequencer's role completes a row, and only its chain columns.
 */
@QuarkusTest
class DatabasePrivilegesTest {

    @Test
    void theServiceRoleCanOnlyInsertAndReadItsAuditTrail() throws Exception {
        openCase(VN_INVESTIGATOR, "Privileges case");
        try (Connection app = as("mekong_case_test_app"); var s = app.createStatement()) {
            assertTrue(s.executeQuery("select count(*) from audit_log").next());
            s.executeUpdate("insert into audit_log (occurred_at, officer_id, agency, action, object_type, object_id, owner_agency,"
                    + " request_id) values (now(), 'x', 'VN-C04', 'read', 'case', 'x', 'VN-C04', 'privileges-test')");
            for (String forbidden : new String[]{
                    "update audit_log set officer_id = 'someone' where request_id = 'privileges-test'",
                    "update audit_log set seq = 999999 where request_id = 'privileges-test'",
                    "delete from audit_log where request_id = 'privileges-test'",
                    "truncate audit_log",
                    "alter table audit_log disable trigger audit_log_append_only",
                    "insert into audit_checkpoint (owner_agency, size, head_hash, signed_at, note) values ('VN-C04', 1, 'x', now(), 'x')",
                    "delete from audit_checkpoint"}) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(forbidden), forbidden);
                assertTrue(refused.getSQLState().equals("42501") || refused.getMessage().contains("must be owner"),
                        forbidden + ": " + refused.getMessage());
            }
            // its records it reads and writes
            assertTrue(s.executeQuery("select count(*) from joint_case").next());
        }
        try (Connection sequencer = as("mekong_case_test_sequencer"); var s = sequencer.createStatement()) {
            SQLException refused = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_log set agency = 'TH-ONCB' where request_id = 'privileges-test'"));
            assertEquals("42501", refused.getSQLState());
            assertThrows(SQLException.class, () -> s.executeQuery("select count(*) from joint_case"));
        }
        Db.awaitSequenced();
        assertEquals(1, Db.count("select count(*) from audit_log where request_id = 'privileges-test' and seq is not null"));
    }

    private static Connection as(String role) throws SQLException {
        return DriverManager.getConnection(Db.url(), role, TestDatabase.ROLE_PASSWORD);
    }
}
