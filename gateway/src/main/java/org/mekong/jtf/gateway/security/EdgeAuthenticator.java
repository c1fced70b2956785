package org.mekong.jtf.gateway.security;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.vertx.core.Handler;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mekong.jtf.gateway.ratelimit.CallerRateLimiter;
import org.mekong.jtf.gateway.web.Problems;

/**
 * Verifies the bearer JWT of every {@code /api/**} call before anything is forwarded: signature,
 * issuer, audience, expiry and the required claims, all as configured for smallrye-jwt
 * ({@code mp.jwt.verify.*}, {@code smallrye.jwt.required.claims}). The services verify again — this
 * check keeps unauthenticated traffic off the internal network, it does not replace theirs.
 * <p>
 * Anonymous and failed calls still pass through the per-address rate limit so that a flood of
 * bad tokens is throttled too.
 */
@Singleton
public class EdgeAuthenticator implements Handler<RoutingContext> {

    public static final String CALLER_KEY = "gateway.caller";
    private static final Logger LOG = Logger.getLogger(EdgeAuthenticator.class);
    private static final String BEARER = "bearer ";

    private final JWTParser parser;
    private final CallerRateLimiter rateLimiter;
    private final MeterRegistry registry;

    public EdgeAuthenticator(JWTParser parser, CallerRateLimiter rateLimiter, MeterRegistry registry) {
        this.parser = parser;
        this.rateLimiter = rateLimiter;
        this.registry = registry;
    }

    @Override
    public void handle(RoutingContext rc) {
        String token = bearerToken(rc.request().getHeader("Authorization"));
        if (token == null) {
            refuse(rc, "A bearer token is required (Authorization: Bearer <JWT>).", null);
            return;
        }
        // Hold the body until we know whether it will be forwarded at all.
        rc.request().pause();
        // Parsing may fetch a JWKS and always does RSA/EC maths: keep it off the event loop.
        rc.vertx().<JsonWebToken>executeBlocking(() -> parser.parse(token), false).onComplete(ar -> {
            if (ar.succeeded()) {
                JsonWebToken jwt = ar.result();
                rc.put(CALLER_KEY, new Caller(jwt.getSubject(), String.valueOf(jwt.<Object>getClaim("agency")),
                        clientAddress(rc)));
                rc.next();
            } else {
                // The reason goes to the log only: telling a caller which check failed helps an attacker more than a user.
                LOG.debugf("Refused token for %s: %s", rc.request().path(), ar.cause().getMessage());
                refuse(rc, "The bearer token is invalid, expired or not meant for this system.", "invalid_token");
            }
        });
    }

    private void refuse(RoutingContext rc, String detail, String oauthError) {
        Caller anonymous = Caller.anonymous(clientAddress(rc));
        rc.put(CALLER_KEY, anonymous);
        if (!rateLimiter.admit(rc, anonymous)) {
            return;
        }
        registry.counter("gateway.refused", "reason", "unauthenticated").increment();
        // RFC 6750: tell the client which scheme to use, and that the token itself was the problem when it was.
        rc.response().putHeader("WWW-Authenticate",
                oauthError == null ? "Bearer realm=\"mekong-jtf\"" : "Bearer realm=\"mekong-jtf\", error=\"" + oauthError + "\"");
        Problems.send(rc, "unauthenticated", "Unauthenticated", 401, detail);
    }

    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        return token.isEmpty() ? null : token;
    }

    private static String clientAddress(RoutingContext rc) {
        // With quarkus.http.proxy.proxy-address-forwarding=true this is the forwarded client, not the ingress.
        SocketAddress remote = rc.request().remoteAddress();
        return remote == null ? "unknown" : remote.hostAddress();
    }
}
