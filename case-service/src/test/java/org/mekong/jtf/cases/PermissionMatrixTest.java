package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.security.Roles;
import org.mekong.jtf.common.testing.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * Every permission of the case service against every role, read from the same map the service
 * enforces: a role that holds the permission is never refused with 403, any other always is. The
 * requests change nothing (no If-Match, empty bodies) so the allowed roles stop at 400/428.
 */
@QuarkusTest
class PermissionMatrixTest {

    @Test
    void eachPermissionIsHeldByExactlyTheRolesTheMapNames() {
        String caseId = openCase(VN_INVESTIGATOR, "Permission matrix case");
        String c = "/api/cases/" + caseId;
        Map<String, BiFunction<String, String, Response>> probes = new HashMap<>();
        probes.put(CasePermissions.AGENCY_READ, (token, x) -> as(token).get("/api/agencies"));
        probes.put(CasePermissions.CASE_READ, (token, x) -> as(token).get(c));
        probes.put(CasePermissions.CASE_OPEN, (token, x) -> as(token).body("{}").post("/api/cases"));
        probes.put(CasePermissions.CASE_EDIT, (token, x) -> as(token).body("{}").patch(c));
        probes.put(CasePermissions.CASE_MANAGE, (token, x) -> as(token).body(Map.of("status", "ACTIVE")).post(c + "/transitions"));
        probes.put(CasePermissions.SUBJECT_RECORD, (token, x) -> as(token).body("{}").post(c + "/subjects"));
        probes.put(CasePermissions.ARREST_RECORD, (token, x) -> as(token).body("{}").post(c + "/arrests"));
        probes.put(CasePermissions.SEIZURE_RECORD, (token, x) -> as(token).body("{}").post(c + "/seizures"));
        probes.put(CasePermissions.ASSET_RECORD, (token, x) -> as(token).body("{}").post(c + "/assets"));
        probes.put(CasePermissions.EXTRADITION_MANAGE, (token, x) -> as(token).body("{}").post(c + "/extraditions"));
        probes.put(CasePermissions.STATISTICS_READ, (token, x) -> as(token).get("/api/statistics?country=VN"));
        probes.put(AuditPermissions.AUDIT_READ, (token, x) -> as(token).get("/api/audit/cases/entries"));

        Map<String, Set<String>> matrix = new HashMap<>(CasePermissions.ROLES_BY_PERMISSION);
        matrix.putAll(new AuditPermissions().rolesByPermission());
        assertEquals(matrix.keySet(), probes.keySet(), "every permission has a probe, and every probe a permission");
        for (var permission : matrix.entrySet()) {
            for (String role : Roles.ALL) {
                String token = Tokens.officer("vn-" + role, "VN-C04", "VN", role);
                int status = probes.get(permission.getKey()).apply(token, role).statusCode();
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
