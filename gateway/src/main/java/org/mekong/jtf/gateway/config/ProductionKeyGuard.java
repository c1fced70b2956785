package org.mekong.jtf.gateway.config;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

import java.util.Optional;

/**
 * The development key pair is only for the dev and test profiles. A production gateway without a
 * configured verification key or issuer would reject every call (or worse, trust the wrong key),
 * so it refuses to start and says what to set.
 */
@Singleton
public class ProductionKeyGuard {

    static final String KEY_LOCATION = "mp.jwt.verify.publickey.location";
    static final String INLINE_KEY = "mp.jwt.verify.publickey";
    static final String ISSUER = "mp.jwt.verify.issuer";
    static final String NOT_SET = "NONE";

    void onStart(@Observes StartupEvent event, Config config) {
        check(LaunchMode.current(), value(config, KEY_LOCATION), value(config, INLINE_KEY), value(config, ISSUER));
    }

    /** Throws when a production launch lacks a verification key or issuer; other modes pass. */
    public static void check(LaunchMode mode, Optional<String> keyLocation, Optional<String> inlineKey,
                             Optional<String> issuer) {
        if (mode != LaunchMode.NORMAL) {
            return;
        }
        // "NONE" is smallrye-jwt's marker for an unset value (see application.properties).
        keyLocation = keyLocation.filter(v -> !v.equals(NOT_SET));
        inlineKey = inlineKey.filter(v -> !v.equals(NOT_SET));
        issuer = issuer.filter(v -> !v.equals(NOT_SET));
        if (keyLocation.isEmpty() && inlineKey.isEmpty()) {
            throw new IllegalStateException("Gateway refuses to start: no JWT verification key configured. "
                    + "Set JWT_VERIFY_KEY_LOCATION to a PEM public key file or a JWKS URL ("
                    + KEY_LOCATION + ").");
        }
        if (issuer.isEmpty()) {
            throw new IllegalStateException("Gateway refuses to start: no JWT issuer configured. "
                    + "Set JWT_ISSUER to the token issuer (" + ISSUER + ").");
        }
    }

    private static Optional<String> value(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
    }
}
