package org.mekong.jtf.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The case service as a machine client of the other services: it signs its own short-lived tokens
 * (role integration, subject case-service, one agency each) with a key whose public half the
 * services trust (in the JWKS they verify with; locally the development key).
 */
@ConfigMapping(prefix = "mekong.integration")
public interface IntegrationConfig {

    /** PEM (PKCS#8) private key; without it nothing is delivered and the outbox waits. */
    Optional<String> signingKeyLocation();

    /** The issuer the services expect (their mp.jwt.verify.issuer). */
    String issuer();

    @WithDefault("mekong-jtf")
    String audience();

    @WithDefault("case-service")
    String subject();

    @WithDefault("5m")
    Duration tokenLifetime();
}
