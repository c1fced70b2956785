package org.mekong.jtf.common.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.Config;

/**
 * Production must verify tokens against a key or JWKS the operator configured: the development key
 * pair exists only for the dev and test profiles and the local run, so a prod start without one
 * is refused rather than left to fail on the first request.
 */
@jakarta.inject.Singleton
public class VerificationKeyGuard {

    void onStart(@Observes StartupEvent event, Config config) {
        if (LaunchMode.current() != LaunchMode.NORMAL) {
            return;
        }
        boolean keyConfigured = present(config, "mp.jwt.verify.publickey.location")
                || present(config, "mp.jwt.verify.publickey");
        if (!keyConfigured) {
            throw new IllegalStateException("No token verification key configured: set JWT_VERIFY_KEY_LOCATION "
                    + "to a PEM public key file or a JWKS URL (mp.jwt.verify.publickey.location)");
        }
        if (!present(config, "mp.jwt.verify.issuer") || !present(config, "mp.jwt.verify.audiences")) {
            throw new IllegalStateException("Token issuer and audience must be configured: set JWT_ISSUER and JWT_AUDIENCE");
        }
    }

    private static boolean present(Config config, String name) {
        return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank() && !v.equals("NONE")).isPresent();
    }
}
