package org.mekong.jtf.common.testing;

import org.mekong.jtf.common.security.Roles;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The role matrix test every service runs against its own permission map: each permission has a
 * probe (a request that changes nothing), and each role is refused with 403 exactly when the map
 * does not give it the permission — and never answered with a 5xx.
 */
public final class PermissionMatrix {

    private PermissionMatrix() {
    }

    /**
     * @param rolesByPermission the map the service enforces
     * @param probes            per permission, the status of a probe made with the given token
     * @param tokenForRole      a token of one role
     */
    public static void check(Map<String, Set<String>> rolesByPermission, Map<String, Function<String, Integer>> probes,
                             Function<String, String> tokenForRole) {
        assertEquals(rolesByPermission.keySet(), probes.keySet(), "every permission has a probe, and every probe a permission");
        for (var permission : rolesByPermission.entrySet()) {
            for (String role : Roles.ALL) {
                int status = probes.get(permission.getKey()).apply(tokenForRole.apply(role));
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
