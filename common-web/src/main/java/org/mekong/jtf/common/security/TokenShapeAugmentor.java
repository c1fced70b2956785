package org.mekong.jtf.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Duration;
import java.util.regex.Pattern;

/**
 * A correctly signed token can still be unusable: an {@code agency} that is an array, a country
 * that does not match the agency, a lifetime of a hundred years. Such a token is refused like an
 * invalid one (401) instead of failing somewhere later with a 500 — and a token may not outlive
 * {@code mekong.jwt.max-lifetime} from now, whatever its {@code iat} says.
 */
@ApplicationScoped
public class TokenShapeAugmentor implements SecurityIdentityAugmentor {

    private static final Pattern AGENCY = Pattern.compile("[A-Z]{2}-[A-Z0-9]{2,16}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern SUBJECT = Pattern.compile("[\\p{L}\\p{N}._@:-]{1,128}");

    private final long maxLifetimeSeconds;

    public TokenShapeAugmentor(@ConfigProperty(name = "mekong.jwt.max-lifetime", defaultValue = "12h") Duration maxLifetime) {
        this.maxLifetimeSeconds = maxLifetime.toSeconds();
    }

    /** Before permissions are granted: a token of the wrong shape gets none. */
    @Override
    public int priority() {
        return 100;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Uni.createFrom().item(identity);
        }
        String problem = problemWith(jwt, System.currentTimeMillis() / 1000, maxLifetimeSeconds);
        if (problem != null) {
            return Uni.createFrom().failure(new AuthenticationFailedException(problem));
        }
        return Uni.createFrom().item(identity);
    }

    /** What is wrong with the token's claims, or null (the gateway applies the same rules at the edge). */
    public static String problemWith(JsonWebToken jwt, long nowSeconds, long maxLifetimeSeconds) {
        String agency = text(jwt.getClaim("agency"));
        String country = text(jwt.getClaim("country"));
        if (jwt.getSubject() == null || !SUBJECT.matcher(jwt.getSubject()).matches()) {
            return "the sub claim must be an officer or client id";
        }
        if (agency == null || !AGENCY.matcher(agency).matches()) {
            return "the agency claim must be one agency code such as VN-C04";
        }
        if (country == null || !COUNTRY.matcher(country).matches()) {
            return "the country claim must be an ISO 3166-1 alpha-2 code";
        }
        if (!agency.startsWith(country + "-")) {
            return "the agency " + agency + " is not of the token's country " + country;
        }
        if (jwt.getExpirationTime() - nowSeconds > maxLifetimeSeconds) {
            return "the token lives longer than the " + maxLifetimeSeconds + " s this service accepts";
        }
        return null;
    }

    /** A claim that is a single JSON string (smallrye hands strings over as String or JsonString). */
    private static String text(Object claim) {
        if (claim instanceof String s) {
            return s;
        }
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        if (claim instanceof JsonValue) {
            return null;
        }
        return null;
    }
}
