package org.mekong.jtf.cases.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/**
 * The case service as a machine client of the other services, with one identity per agency it
 * speaks for (role integration). In production its tokens come from the identity provider by the
 * client-credentials grant: the client of agency VN-C04 is {@code case-service-vn-c04}, all with the
 * case service's secret. Without a token endpoint it signs its own with a key whose public half the
 * services trust (locally, and in the tests, the development key).
 */
@ConfigMapping(prefix = "mekong.integration")
public interface IntegrationConfig {

    /** The identity provider's token endpoint; when set, tokens come from there (the client is identity-provider). */
    Optional<String> tokenUrl();

    /** The case service's client secret at the identity provider. */
    Optional<String> clientSecret();

    /** The client ids: this prefix and the agency in lower case. */
    @WithDefault("case-service-")
    String clientPrefix();

    /** PEM (PKCS#8) private key for self-signed tokens; with neither this nor a token endpoint the outbox waits. */
    Optional<String> signingKeyLocation();

    /** The issuer the services expect (their mp.jwt.verify.issuer), of self-signed tokens. */
    String issuer();

    @WithDefault("mekong-jtf")
    String audience();

    @WithDefault("case-service")
    String subject();

    /** How long a self-signed token lives. */
    @WithDefault("5m")
    Duration tokenLifetime();
}
