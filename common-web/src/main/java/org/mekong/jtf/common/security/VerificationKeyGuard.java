package org.mekong.jtf.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * Production must verify tokens against a key or JWKS the operator configured: the development key
 * pair exists only for the dev and test profiles and the local run, so a prod start without one
 * (or without an issuer) is refused with a message saying what to set, rather than left to fail —
 * or worse, trust the wrong key — on the first request.
 */
@Singleton
public class VerificationKeyGuard {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String INLINE_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    /** smallrye-jwt's own marker for a value that is not set (see microprofile-config.properties). */
    static final String NOT_SET = "NONE";

    void onStart(@Observes StartupEvent event, Config config) {
        check(LaunchMode.current(), value(config, KEY_LOCATION), value(config, INLINE_KEY), value(config, ISSUER));
    }

    /** Throws when a production launch lacks a verification key or issuer; other launch modes pass. */
    public static void check(LaunchMode mode, Optional<String> keyLocation, Optional<String> inlineKey, Optional<String> issuer) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        if (keyLocation.filter(VerificationKeyGuard::isSet).isEmpty() && inlineKey.filter(VerificationKeyGuard::isSet).isEmpty()) {
            throw new IllegalStateException("Refusing to start: no token verification key configured. Set "
                    + "JWT_VERIFY_KEY_LOCATION to a PEM public key file or a JWKS URL (" + KEY_LOCATION + ").");
        }
        if (issuer.filter(VerificationKeyGuard::isSet).isEmpty()) {
            throw new IllegalStateException("Refusing to start: no token issuer configured. Set JWT_ISSUER ("
                    + ISSUER + ").");
        }
    }

    private static boolean isSet(String value) {
        return !value.isBlank() && !value.equals(NOT_SET);
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class);
    }
}
