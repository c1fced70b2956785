package org.mekong.jtf.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every HTTP exchange a request id ({@code X-Request-Id}) and a W3C {@code traceparent} before
 * any route runs, so that even a 401 or a 404 can be followed across the gateway, the services and
 * the audit log. A sane incoming value is kept (the caller may already be tracing); anything else
 * is replaced rather than passed on, since it ends up in logs and the audit trail.
 */
@Singleton
public class RequestIdentity {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String TRACEPARENT_HEADER = "traceparent";

    private static final String REQUEST_ID_KEY = "mekong.requestId";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    // version 00 layout; all-zero trace or parent ids are invalid per the W3C spec
    private static final Pattern TRACEPARENT = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}");
    private static final String ZERO_TRACE_ID = "0".repeat(32);
    private static final String ZERO_PARENT_ID = "0".repeat(16);
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        // runs before any other filter or route, so every response carries the ids
        filters.register(RequestIdentity::assign, 10_000);
    }

    static void assign(RoutingContext rc) {
        String requestId = saneRequestId(rc.request().getHeader(REQUEST_ID_HEADER));
        String traceparent = validTraceparent(rc.request().getHeader(TRACEPARENT_HEADER));
        rc.put(REQUEST_ID_KEY, requestId);
        // the inbound headers are normalised too: a proxy copies them to the next hop
        rc.request().headers().set(REQUEST_ID_HEADER, requestId);
        rc.request().headers().set(TRACEPARENT_HEADER, traceparent);
        rc.response().putHeader(REQUEST_ID_HEADER, requestId);
        rc.response().putHeader(TRACEPARENT_HEADER, traceparent);
        rc.next();
    }

    /**
     * The exchange's request id; if the filter never ran (a request the HTTP layer refused before any
     * filter) the request id and traceparent are assigned now and put on the response.
     */
    public static String ensureIdentity(RoutingContext rc) {
        String id = rc.get(REQUEST_ID_KEY);
        if (id == null) {
            id = saneRequestId(rc.request().getHeader(REQUEST_ID_HEADER));
            rc.put(REQUEST_ID_KEY, id);
            rc.response().putHeader(REQUEST_ID_HEADER, id);
            rc.response().putHeader(TRACEPARENT_HEADER, validTraceparent(rc.request().getHeader(TRACEPARENT_HEADER)));
        }
        return id;
    }

    public static String requestId(RoutingContext rc) {
        if (rc == null) {
            return "none";
        }
        String id = rc.get(REQUEST_ID_KEY);
        return id != null ? id : saneRequestId(rc.request().getHeader(REQUEST_ID_HEADER));
    }

    static String saneRequestId(String incoming) {
        return incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
    }

    static String validTraceparent(String incoming) {
        if (incoming != null) {
            var m = TRACEPARENT.matcher(incoming);
            if (m.matches() && !m.group(1).equals(ZERO_TRACE_ID) && !m.group(2).equals(ZERO_PARENT_ID)) {
                return incoming;
            }
        }
        return "00-" + randomHex(16, ZERO_TRACE_ID) + "-" + randomHex(8, ZERO_PARENT_ID) + "-01";
    }

    private static String randomHex(int bytes, String forbidden) {
        byte[] b = new byte[bytes];
        String hex;
        do {
            RANDOM.nextBytes(b);
            hex = HexFormat.of().formatHex(b);
        } while (hex.equals(forbidden));
        return hex;
    }
}
