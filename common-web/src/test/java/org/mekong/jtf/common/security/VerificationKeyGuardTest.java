package org.mekong.jtf.common.security;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;


import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerificationKeyGuardTest {

    private static final Optional<String> NONE = Optional.empty();

    @Test
    void productionWithoutKeyOrIssuerRefusesToStart() {
        var noKey = assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(LaunchMode.NORMAL, NONE, NONE, Optional.of("https://idp/realms/jtf")));
        assertTrue(noKey.getMessage().contains("JWT_VERIFY_KEY_LOCATION"));
        var noIssuer = assertThrows(IllegalStateException.class,
                () -> VerificationKeyGuard.check(LaunchMode.NORMAL, Optional.of("/keys/pub.pem"), NONE, NONE));
        assertTrue(noIssuer.getMessage().contains("JWT_ISSUER"));
    }

    @Test
    void smallryeJwtNotSetMarkerCountsAsMissing() {
        assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(LaunchMode.NORMAL,
                Optional.of("NONE"), NONE, Optional.of("https://idp/realms/jtf")));
        assertThrows(IllegalStateException.class, () -> VerificationKeyGuard.check(LaunchMode.NORMAL,
                Optional.of("/keys/pub.pem"), NONE, Optional.of("NONE")));
    }

    @Test
    void productionWithKeyAndIssuerStarts() {
        assertDoesNotThrow(() -> VerificationKeyGuard.check(LaunchMode.NORMAL,
                Optional.of("https://idp/realms/jtf/protocol/openid-connect/certs"), NONE, Optional.of("https://idp/realms/jtf")));
    }

    @Test
    void devAndTestAreNotChecked() {
        assertDoesNotThrow(() -> VerificationKeyGuard.check(LaunchMode.DEVELOPMENT, NONE, NONE, NONE));
        assertDoesNotThrow(() -> VerificationKeyGuard.check(LaunchMode.TEST, NONE, NONE, NONE));
    }
}
