package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.testing.PermissionMatrix;
import org.mekong.jtf.common.testing.Tokens;
import org.mekong.jtf.intel.config.IntelPermissions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.mekong.jtf.intel.Api.*;

/**
 * Every permission of the intel service against every role, read from the map the service
 * enforces: a role holding it is never refused with 403, any other always is. The probes change
 * nothing (empty bodies, no If-Match), so allowed roles stop at 400, 404 or 428.
 */
@QuarkusTest
class IntelPermissionMatrixTest {

    @Test
    void eachPermissionIsHeldByExactlyTheRolesTheMapNames() {
        String id = published("matrix-" + java.util.UUID.randomUUID(), "GREEN", "H0", List.of());
        String r = REPORTS + "/" + id;
        String consent = r + "/consent-requests/00000000-0000-0000-0000-000000000001";
        Map<String, Function<String, Integer>> probes = new HashMap<>();
        probes.put(IntelPermissions.AGREEMENT_READ, token -> as(token).get("/api/agreements").statusCode());
        probes.put(IntelPermissions.AGREEMENT_PROPOSE, token -> as(token).body("{}").post("/api/agreements/proposals").statusCode());
        probes.put(IntelPermissions.INTEL_READ, token -> as(token).get(r).statusCode());
        probes.put(IntelPermissions.INTEL_WRITE, token -> as(token).body("{}").post(REPORTS).statusCode());
        probes.put(IntelPermissions.INTEL_SHARE, token -> as(token).body("{}").post(r + "/distribution").statusCode());
        probes.put(IntelPermissions.CONSENT_DECIDE, token -> as(token).body(Map.of("decision", "APPROVE")).post(consent + "/decision").statusCode());
        probes.put(IntelPermissions.INTEL_EXPORT, token -> as(token).get(r + "/stix").statusCode());
        String message = "/api/hotline/messages/00000000-0000-0000-0000-000000000002";
        probes.put(IntelPermissions.HOTLINE_READ, token -> as(token).get("/api/hotline/desks").statusCode());
        probes.put(IntelPermissions.HOTLINE_SEND, token -> as(token).body("{}").post("/api/hotline/messages").statusCode());
        probes.put(IntelPermissions.HOTLINE_RESPOND, token -> as(token).body(Map.of("status", "ACKNOWLEDGED")).post(message + "/transitions").statusCode());
        probes.put(IntelPermissions.HOTLINE_ADMINISTER, token -> as(token).body("{}").post("/api/hotline/webhooks").statusCode());
        probes.put(IntelPermissions.HOTLINE_ALERT_RAISE, token -> as(token).body("{}").post("/api/hotline/alerts").statusCode());
        probes.put(IntelPermissions.CORRELATION_EXCLUDE, token -> as(token).body("{}").put("/api/correlation/exclusions").statusCode());
        probes.put(IntelPermissions.CORRELATION_DECIDE, token -> as(token).body("{}").post("/api/correlation/hits/" + java.util.UUID.randomUUID() + "/verdict").statusCode());
        probes.put(IntelPermissions.CORRELATION_FEED, token -> as(token).body("{}").put("/api/correlation/cases/" + java.util.UUID.randomUUID() + "/participants").statusCode());
        probes.put(AuditPermissions.AUDIT_READ, token -> as(token).get("/api/audit/intel/entries").statusCode());

        Map<String, Set<String>> matrix = new HashMap<>(IntelPermissions.ROLES_BY_PERMISSION);
        matrix.putAll(new AuditPermissions().rolesByPermission());
        PermissionMatrix.check(matrix, probes, role -> Tokens.officer("vn-" + role, "VN-C04", "VN", role));
    }
}
