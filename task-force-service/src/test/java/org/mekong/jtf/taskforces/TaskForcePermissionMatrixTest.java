package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.testing.PermissionMatrix;
import org.mekong.jtf.common.testing.Tokens;
import org.mekong.jtf.taskforces.config.TaskForcePermissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        Map<String, Function<String, Integer>> probes = new HashMap<>();
        probes.put(TaskForcePermissions.OFFICER_READ, token -> as(token).get("/api/officers").statusCode());
        probes.put(TaskForcePermissions.OFFICER_MANAGE, token -> as(token).body("{}").post("/api/officers").statusCode());
        probes.put(TaskForcePermissions.TASK_FORCE_READ, token -> as(token).get(t).statusCode());
        probes.put(TaskForcePermissions.TASK_FORCE_COMMAND, token -> as(token).body("{}").post(TASK_FORCES).statusCode());
        probes.put(TaskForcePermissions.TASK_WORK, token -> as(token).body(Map.of("status", "DONE")).post(missingTask + "/transitions").statusCode());
        probes.put(TaskForcePermissions.OPERATION_READ, token -> as(token).get("/api/operations").statusCode());
        probes.put(TaskForcePermissions.OPERATION_MANAGE, token -> as(token).body("{}").post("/api/operations").statusCode());
        probes.put(AuditPermissions.AUDIT_READ, token -> as(token).get("/api/audit/task-forces/entries").statusCode());

        Map<String, Set<String>> matrix = new HashMap<>(TaskForcePermissions.ROLES_BY_PERMISSION);
        matrix.putAll(new AuditPermissions().rolesByPermission());
        PermissionMatrix.check(matrix, probes, role -> Tokens.officer("vn-" + role, "VN-C04", "VN", role));
    }
}
