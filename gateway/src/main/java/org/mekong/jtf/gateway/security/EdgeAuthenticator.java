package org.mekong.jtf.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Handler;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.security.TokenShapeAugmentor;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.ratelimit.CallerRateLimiter;
import org.mekong.jtf.common.web.Problems;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;

/**
 * Verifies the bearer JWT of every {@code /api/**} call before anything is forwarded: signature,
 * issuer, audience, expiry and the required claims, all as configured for smallrye-jwt
 * ({@code mp.jwt.verify.*}, {@code smallrye.jwt.required.claims}). The services verify again — this
 * check keeps unauthenticated traffic off the internal network, it does not replace theirs.
 * <p>
 * Order of the work, cheapest first: the per-address bucket (a refused flood costs a map lookup);
 * then the cache of verified tokens (keyed by a SHA-256 of the token, never trusted past the token's
 * {@code exp}); only then the signature. With a local key the signature is checked on the event loop
 * — it is tens of microseconds of CPU, cheaper than a hop to a worker thread; a key fetched over HTTP
 * (a JWKS URL) may block on its first use, so then the parse goes to a worker.
 */
@Singleton
public class EdgeAuthenticator implements Handler<RoutingContext> {

    public static final String CALLER_KEY = "gateway.caller";
    private static final Logger LOG = Logger.getLogger(EdgeAuthenticator.class);
    private static final String BEARER = "bearer ";

    /** What the gateway keeps of a verified token. */
    private record Verified(String subject, String agency, long expiresAtMillis) {
    }

    private final JWTParser parser;
    private final CallerRateLimiter rateLimiter;
    private final boolean keyIsRemote;
    private final Cache<String, Verified> verified;
    private final Counter cacheHits;
    private final Counter verifications;
    private final Counter rejections;
    private final MeterRegistry registry;
    private final long maxLifetimeSeconds;

    public EdgeAuthenticator(JWTParser parser, CallerRateLimiter rateLimiter, MeterRegistry registry, GatewayConfig config,
                             @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "") String keyLocation,
                             @ConfigProperty(name = "mekong.jwt.max-lifetime", defaultValue = "12h") Duration maxLifetime) {
        this.parser = parser;
        this.maxLifetimeSeconds = maxLifetime.toSeconds();
        this.rateLimiter = rateLimiter;
        this.registry = registry;
        String location = keyLocation.toLowerCase(Locale.ROOT);
        this.keyIsRemote = location.startsWith("http:") || location.startsWith("https:");
        // Maintenance on the calling event loop, as for the rate-limit buckets (no common-pool wake-ups).
        this.verified = Caffeine.newBuilder()
                .executor(Runnable::run)
                .maximumSize(config.tokenCache().maxEntries())
                .expireAfterWrite(config.tokenCache().ttl())
                .build();
        this.cacheHits = registry.counter("gateway.tokens", "result", "cached");
        this.verifications = registry.counter("gateway.tokens", "result", "verified");
        this.rejections = registry.counter("gateway.tokens", "result", "rejected");
    }

    @Override
    public void handle(RoutingContext rc) {
        String address = clientAddress(rc);
        if (!rateLimiter.admitAddress(rc, address)) {
            return;
        }
        String token = bearerToken(rc.request().getHeader("Authorization"));
        if (token == null) {
            refuse(rc, "A bearer token is required (Authorization: Bearer <JWT>).", null);
            return;
        }
        String key = fingerprint(token);
        Verified known = verified.getIfPresent(key);
        if (known != null && System.currentTimeMillis() < known.expiresAtMillis()) {
            cacheHits.increment();
            accept(rc, known, address);
            return;
        }
        if (!keyIsRemote) {
            Verified fresh;
            try {
                fresh = verify(token, key);
            } catch (ParseException e) {
                rejectToken(rc, e);
                return;
            }
            accept(rc, fresh, address);
            return;
        }
        // Hold the body until we know whether it will be forwarded at all.
        rc.request().pause();
        rc.vertx().<Verified>executeBlocking(() -> verify(token, key), false).onComplete(ar -> {
            if (ar.succeeded()) {
                accept(rc, ar.result(), address);
            } else {
                rejectToken(rc, ar.cause());
            }
        });
    }

    private Verified verify(String token, String key) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        // The services' rules for a usable token (one agency of the token's country, a bounded lifetime):
        // a token they would refuse is refused here, before it costs buckets and upstream calls.
        String unusable = TokenShapeAugmentor.problemWith(jwt, System.currentTimeMillis() / 1000, maxLifetimeSeconds);
        if (unusable != null) {
            throw new ParseException(unusable);
        }
        verifications.increment();
        Verified result = new Verified(jwt.getSubject(), String.valueOf(jwt.<Object>getClaim("agency")),
                jwt.getExpirationTime() * 1000L);
        verified.put(key, result);
        return result;
    }

    private void accept(RoutingContext rc, Verified token, String address) {
        rc.put(CALLER_KEY, new Caller(token.subject(), token.agency(), address));
        rc.next();
    }

    private void rejectToken(RoutingContext rc, Throwable cause) {
        rejections.increment();
        // The reason goes to the log only: telling a caller which check failed helps an attacker more than a user.
        LOG.debugf("Refused token for %s: %s", rc.request().path(), cause.getMessage());
        refuse(rc, "The bearer token is invalid, expired or not meant for this system.", "invalid_token");
    }

    private void refuse(RoutingContext rc, String detail, String oauthError) {
        registry.counter("gateway.refused", "reason", "unauthenticated").increment();
        challenge(rc, oauthError);
        Problems.send(rc, "unauthenticated", "Unauthenticated", 401, detail);
    }

    /** RFC 6750: tell the client which scheme to use, and that the token itself was the problem when it was. */
    public static void challenge(RoutingContext rc, String oauthError) {
        rc.response().putHeader("WWW-Authenticate",
                oauthError == null ? "Bearer realm=\"mekong-jtf\"" : "Bearer realm=\"mekong-jtf\", error=\"" + oauthError + "\"");
    }

    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** The cache key: a token is a credential, so not even its cache entry holds it in the clear. */
    private static String fingerprint(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    private static String clientAddress(RoutingContext rc) {
        // With quarkus.http.proxy.proxy-address-forwarding=true this is the forwarded client, not the ingress.
        SocketAddress remote = rc.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
