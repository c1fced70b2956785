package org.mekong.jtf.cases.client;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.config.IntegrationConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case service's own tokens, one per agency it speaks for: role {@code integration}, subject
 * {@code case-service}, a few minutes long. Each is reused until a minute before it expires.
 */
@ApplicationScoped
public class MachineTokens {

    private record Minted(String bearer, Instant renewAfter) {
    }

    private final IntegrationConfig config;
    private final Optional<PrivateKey> key;
    private final Map<String, Minted> minted = new ConcurrentHashMap<>();

    public MachineTokens(IntegrationConfig config) {
        this.config = config;
        this.key = config.signingKeyLocation().filter(location -> !location.isBlank()).map(MachineTokens::load);
    }

    /** Whether a signing key is configured: without one the outbox keeps what it holds. */
    public boolean configured() {
        return key.isPresent();
    }

    /** "Bearer …" for a call made on behalf of the agency. */
    public String bearerFor(String agency) {
        Instant now = Instant.now();
        Minted current = minted.get(agency);
        if (current == null || now.isAfter(current.renewAfter())) {
            long lifetime = config.tokenLifetime().toSeconds();
            String token = Jwt.issuer(config.issuer()).audience(config.audience()).subject(config.subject())
                    .groups(Set.of("integration")).claim("agency", agency).claim("country", agency.substring(0, 2))
                    .issuedAt(now.getEpochSecond()).expiresAt(now.getEpochSecond() + lifetime)
                    .sign(key.orElseThrow(() -> new IllegalStateException("no signing key configured")));
            current = new Minted("Bearer " + token, now.plusSeconds(Math.max(lifetime - 60, lifetime / 2)));
            minted.put(agency, current);
        }
        return current.bearer();
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
