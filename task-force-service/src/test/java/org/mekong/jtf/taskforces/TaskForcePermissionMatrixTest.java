package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.security.Roles;
import org.mekong.jtf.common.testing.Tokens;
import org.mekong.jtf.taskforces.config.TaskForcePermissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.taskforces.Api.*;

/**
 * Every permission of the task-force service against every role, read from the map the service
 * enforces: a role holding it is never refused with 403, any other always is. The probes change
 * nothing (empty bodies, no If-Match), so allowed roles stop at 400, 404 or 428.
 */
@QuarkusTest
class TaskForcePermissionMatrixTest {

    @Test
    void eachPermissionIsHeldByExactlyTheRolesTheMapNames() {
        String tf = form(VN_COMMANDER, unique("Matrix"), List.of());
        String t = TASK_FORCES + "/" + tf;
        String missingTask = t + "/tasks/00000000-0000-0000-0000-000000000001";
        Map<String, Function<String, Response>> probes = new HashMap<>();
        probes.put(TaskForcePermissions.OFFICER_READ, token -> as(token).get("/api/officers"));
        probes.put(TaskForcePermissions.OFFICER_MANAGE, token -> as(token).body("{}").post("/api/officers"));
        probes.put(TaskForcePermissions.TASK_FORCE_READ, token -> as(token).get(t));
        probes.put(TaskForcePermissions.TASK_FORCE_COMMAND, token -> as(token).body("{}").post(TASK_FORCES));
        probes.put(TaskForcePermissions.TASK_WORK, token -> as(token).body(Map.of("status", "DONE")).post(missingTask + "/transitions"));
        probes.put(TaskForcePermissions.OPERATION_READ, token -> as(token).get("/api/operations"));
        probes.put(TaskForcePermissions.OPERATION_MANAGE, token -> as(token).body("{}").post("/api/operations"));
        probes.put(AuditPermissions.AUDIT_READ, token -> as(token).get("/api/audit/task-forces/entries"));

        Map<String, Set<String>> matrix = new HashMap<>(TaskForcePermissions.ROLES_BY_PERMISSION);
        matrix.putAll(new AuditPermissions().rolesByPermission());
        assertEquals(matrix.keySet(), probes.keySet(), "every permission has a probe, and every probe a permission");
        for (var permission : matrix.entrySet()) {
            for (String role : Roles.ALL) {
                int status = probes.get(permission.getKey()).apply(Tokens.officer("vn-" + role, "VN-C04", "VN", role)).statusCode();
                if (permission.getValue().contains(role)) {
                    assertNotEquals(403, status, role + " holds " + permission.getKey());
                    assertTrue(status < 500, role + " on " + permission.getKey() + " got " + status);
                } else {
                    assertEquals(403, status, role + " does not hold " + permission.getKey());
                }
            }
        }
    }
}
