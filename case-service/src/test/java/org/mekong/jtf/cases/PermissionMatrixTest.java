package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.testing.PermissionMatrix;
import org.mekong.jtf.common.testing.Tokens;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

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
        Map<String, Function<String, Integer>> probes = new HashMap<>();
        probes.put(CasePermissions.AGENCY_READ, token -> as(token).get("/api/agencies").statusCode());
        probes.put(CasePermissions.CASE_READ, token -> as(token).get(c).statusCode());
        probes.put(CasePermissions.CASE_OPEN, token -> as(token).body("{}").post("/api/cases").statusCode());
        probes.put(CasePermissions.CASE_EDIT, token -> as(token).body("{}").patch(c).statusCode());
        probes.put(CasePermissions.CASE_MANAGE, token -> as(token).body(Map.of("status", "ACTIVE")).post(c + "/transitions").statusCode());
        probes.put(CasePermissions.SUBJECT_RECORD, token -> as(token).body("{}").post(c + "/subjects").statusCode());
        probes.put(CasePermissions.ARREST_RECORD, token -> as(token).body("{}").post(c + "/arrests").statusCode());
        probes.put(CasePermissions.SEIZURE_RECORD, token -> as(token).body("{}").post(c + "/seizures").statusCode());
        probes.put(CasePermissions.ASSET_RECORD, token -> as(token).body("{}").post(c + "/assets").statusCode());
        probes.put(CasePermissions.EXTRADITION_MANAGE, token -> as(token).body("{}").post(c + "/extraditions").statusCode());
        probes.put(CasePermissions.WARRANT_MANAGE, token -> as(token).body("{}").post(c + "/warrants").statusCode());
        probes.put(CasePermissions.WANTED_SEARCH, token -> as(token).get("/api/wanted").statusCode());
        probes.put(CasePermissions.SIGHTING_RECORD, token -> as(token).body("{}").post("/api/wanted/" + java.util.UUID.randomUUID() + "/sightings").statusCode());
        probes.put(CasePermissions.STATISTICS_READ, token -> as(token).get("/api/statistics?country=VN").statusCode());
        probes.put(AuditPermissions.AUDIT_READ, token -> as(token).get("/api/audit/cases/entries").statusCode());

        Map<String, Set<String>> matrix = new HashMap<>(CasePermissions.ROLES_BY_PERMISSION);
        matrix.putAll(new AuditPermissions().rolesByPermission());
        PermissionMatrix.check(matrix, probes, role -> Tokens.officer("vn-" + role, "VN-C04", "VN", role));
    }
}
