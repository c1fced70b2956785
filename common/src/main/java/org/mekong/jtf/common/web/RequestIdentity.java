package org.mekong.jtf.common.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every HTTP exchange a request id ({@code X-Request-Id}, kept when the caller sent a sane
 * one) and a W3C {@code traceparent}, both echoed in the response so that a call can be followed
 * across the gateway, the services and the audit log.
 */
@jakarta.inject.Singleton
public class RequestIdentity {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String TRACEPARENT_HEADER = "traceparent";
    private static final String REQUEST_ID_KEY = "mekong.requestId";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    void register(@Observes Filters filters) {
        filters.register(RequestIdentity::assign, 1000);
    }

    private static void assign(RoutingContext rc) {
        String incoming = rc.request().getHeader(REQUEST_ID_HEADER);
        String requestId = incoming != null && SAFE_REQUEST_ID.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString();
        rc.put(REQUEST_ID_KEY, requestId);
        rc.response().putHeader(REQUEST_ID_HEADER, requestId);

        String traceparent = rc.request().getHeader(TRACEPARENT_HEADER);
        if (traceparent == null || !TRACEPARENT.matcher(traceparent).matches()) {
            traceparent = "00-" + randomHex(16) + "-" + randomHex(8) + "-01";
        }
        rc.put(TRACEPARENT_HEADER, traceparent);
        rc.response().putHeader(TRACEPARENT_HEADER, traceparent);
        rc.next();
    }

    public static String requestId(RoutingContext rc) {
        String id = rc == null ? null : rc.get(REQUEST_ID_KEY);
        return id == null ? "none" : id;
    }

    private static String randomHex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
