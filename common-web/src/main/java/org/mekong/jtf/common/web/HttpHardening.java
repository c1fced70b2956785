package org.mekong.jtf.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every API response says about itself, and the first word on oversized bodies:
 * <ul>
 * <li>{@code Cache-Control: no-store} — records of joint investigations must not linger in shared
 * or browser caches — and {@code X-Content-Type-Options: nosniff};</li>
 * <li>a body declared larger than {@code quarkus.http.limits.max-body-size} (1 MB: a record here is
 * a few kilobytes) is refused with a 413 problem before a byte of it is read; the HTTP layer
 * enforces the same limit on bodies that do not declare their length.</li>
 * </ul>
 */
@Singleton
public class HttpHardening {

    private final long maxBodyBytes;

    public HttpHardening(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M")
                         io.quarkus.runtime.configuration.MemorySize maxBodySize) {
        this.maxBodyBytes = maxBodySize.asLongValue();
    }

    void register(@Observes Filters filters) {
        filters.register(this::harden, 9_000);
    }

    void harden(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        rc.response().putHeader("X-Content-Type-Options", "nosniff");
        String declared = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLarge(declared)) {
            // The connection is closed after the answer: reading the rest of an oversized body is what the
            // limit is for. (Vert.x decides keep-alive by the request alone, whatever the answer's header says.)
            rc.addEndHandler(answered -> closeConnection(rc.request()));
            rc.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .putHeader(HttpHeaders.CONNECTION, "close")
                    .end(Problems.payloadTooLarge(maxBodyBytes, rc.request().path(), RequestIdentity.requestId(rc)));
            return;
        }
        rc.next();
    }

    /**
     * Ends the client's connection (HTTP/1.x) or its stream (HTTP/2) after a refused body, so that it
     * cannot go on sending what will only be thrown away.
     */
    public static void closeConnection(HttpServerRequest request) {
        if (request.version() == HttpVersion.HTTP_2) {
            request.response().reset();
        } else {
            request.connection().close();
        }
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.trim()) > maxBodyBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
