package org.mekong.jtf.cases.client;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.mekong.jtf.cases.config.IntegrationConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case service's tokens, one per agency it speaks for (role {@code integration}): from the
 * identity provider by the client-credentials grant when a token endpoint is configured (the client
 * {@code case-service-<agency>}, whose service account carries the agency), else signed here with
 * the configured key (subject {@code case-service}, a few minutes long). Each is reused until a
 * minute before it expires; a failing identity provider fails the delivery, which the outbox retries.
 */
@ApplicationScoped
public class MachineTokens {

    private record Held(String bearer, Instant renewAfter) {
    }

    private final IntegrationConfig config;
    private final IdentityProviderApi identityProvider;
    private final Optional<PrivateKey> key;
    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Uni<Held>> inFlight = new ConcurrentHashMap<>();

    public MachineTokens(IntegrationConfig config, @RestClient IdentityProviderApi identityProvider) {
        this.config = config;
        this.identityProvider = identityProvider;
        this.key = config.signingKeyLocation().filter(location -> !location.isBlank()).map(MachineTokens::load);
    }

    /** Whether tokens can be had: without a token endpoint or a signing key the outbox keeps what it holds. */
    public boolean configured() {
        return fromIdentityProvider() || key.isPresent();
    }

    private boolean fromIdentityProvider() {
        return config.tokenUrl().filter(url -> !url.isBlank()).isPresent();
    }

    /** "Bearer …" for a call made on behalf of the agency; one grant at a time per agency, however many deliveries wait for it. */
    public Uni<String> bearerFor(String agency) {
        Instant now = Instant.now();
        Held current = held.get(agency);
        if (current != null && now.isBefore(current.renewAfter())) {
            return Uni.createFrom().item(current.bearer());
        }
        return inFlight.computeIfAbsent(agency, a -> fresh(a, now)
                        .invoke(h -> held.put(a, h))
                        .onTermination().invoke(() -> inFlight.remove(a))
                        .memoize().indefinitely())
                .map(Held::bearer);
    }

    /** The agency's token was refused (the identity provider's keys or the secret changed): the next call gets another. */
    public void forget(String agency) {
        held.remove(agency);
    }

    private Uni<Held> fresh(String agency, Instant now) {
        if (!fromIdentityProvider()) {
            return Uni.createFrom().item(() -> held(sign(agency, now), config.tokenLifetime().toSeconds(), now));
        }
        return identityProvider.clientCredentials("client_credentials", config.clientPrefix() + agency.toLowerCase(Locale.ROOT),
                config.clientSecret().orElse("")).map(grant -> {
            if (grant == null || grant.accessToken() == null || grant.accessToken().isBlank()) {
                throw new IllegalStateException("the identity provider granted no access token to " + config.clientPrefix() + agency);
            }
            // a grant that says nothing of its lifetime is used for a minute
            return held(grant.accessToken(), grant.expiresIn() > 0 ? grant.expiresIn() : 60, now);
        });
    }

    private static Held held(String token, long lifetimeSeconds, Instant now) {
        return new Held("Bearer " + token, now.plusSeconds(Math.max(lifetimeSeconds - 60, lifetimeSeconds / 2)));
    }

    private String sign(String agency, Instant now) {
        long lifetime = config.tokenLifetime().toSeconds();
        return Jwt.issuer(config.issuer()).audience(config.audience()).subject(config.subject())
                .groups(Set.of("integration")).claim("agency", agency).claim("country", agency.substring(0, 2))
                .issuedAt(now.getEpochSecond()).expiresAt(now.getEpochSecond() + lifetime)
                .sign(key.orElseThrow(() -> new IllegalStateException("no signing key configured")));
    }

    private static PrivateKey load(String location) {
        try {
            return KeyUtils.decodePrivateKey(Files.readString(Path.of(location)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the integration signing key " + location, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the integration signing key " + location + " is not a PEM private key", e);
        }
    }
}
