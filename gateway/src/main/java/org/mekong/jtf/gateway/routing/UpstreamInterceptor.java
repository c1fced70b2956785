package org.mekong.jtf.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.web.Problems;
import org.mekong.jtf.common.web.HttpHardening;
import org.mekong.jtf.common.web.RequestIdentity;

import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * Turns upstream failures into problem details (the proxy alone would answer a bare 502) and keeps
 * the gateway's request id and traceparent authoritative on the response.
 */
final class UpstreamInterceptor implements ProxyInterceptor {

    /** Set by the origin provider once a connection to the upstream exists. */
    static final String CONNECTED = "gateway.connected";
    /** The counted body of a request sent in chunks (see BodyLimit). */
    private static final String BODY_LIMIT = "gateway.bodyLimit";
    /** Marks a response the gateway wrote itself, so it is not counted as the upstream's. */
    private static final String GENERATED = "gateway.generated";
    private static final Logger LOG = Logger.getLogger(UpstreamInterceptor.class);
    private static final List<String> HEADERS_THE_UPSTREAM_DECIDES = List.of("Cache-Control", "X-Content-Type-Options");

    private final Upstream upstream;
    private final MeterRegistry registry;
    private final ClientAborts aborts;
    /** By status class, 1xx to 5xx (index 0 unused). */
    private final Counter[] responsesByStatusClass = new Counter[6];

    private final long maxBodyBytes;

    UpstreamInterceptor(Upstream upstream, MeterRegistry registry, ClientAborts aborts, long maxBodyBytes) {
        this.upstream = upstream;
        this.maxBodyBytes = maxBodyBytes;
        this.registry = registry;
        this.aborts = aborts;
        // Looked up once: a registry look-up builds its tags anew on every call.
        for (int statusClass = 1; statusClass <= 5; statusClass++) {
            responsesByStatusClass[statusClass] = registry.counter("gateway.upstream.responses", "service", upstream.name(),
                    "status", statusClass + "xx");
        }
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ForwardedHeaders.apply(context.request());
        Body body = context.request().getBody();
        HttpServerRequest client = context.request().proxiedRequest();
        if (body != null && body.length() < 0 && mayStreamABody(client)) {
            // The upstream may have answered already (a refusal before reading the body): then the client,
            // still sending, is cut off now; otherwise once the answer (the 413 below) has been sent.
            BodyLimit counted = new BodyLimit(body.stream(), maxBodyBytes, () -> {
                if (client.response().ended()) {
                    HttpHardening.closeConnection(client);
                }
            });
            context.set(BODY_LIMIT, counted);
            context.request().setBody(Body.body(counted, -1));
        }
        return context.sendRequest().recover(failure -> Future.succeededFuture(problemResponse(context, failure)));
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        // The gateway already put its own ids on the response; an upstream echo would duplicate them.
        response.headers().remove(RequestIdentity.REQUEST_ID_HEADER).remove(RequestIdentity.TRACEPARENT_HEADER);
        // The gateway puts Cache-Control and nosniff on every answer; the proxy would add the upstream's
        // alongside, sending each twice. The service knows its resource: its value stands.
        MultiMap own = context.request().proxiedRequest().response().headers();
        for (String name : HEADERS_THE_UPSTREAM_DECIDES) {
            if (response.headers().contains(name)) {
                own.remove(name);
            }
        }
        if (context.get(GENERATED, Boolean.class) == null) {
            int statusClass = response.getStatusCode() / 100;
            if (statusClass >= 1 && statusClass <= 5) {
                responsesByStatusClass[statusClass].increment();
            }
        }
        BodyLimit counted = context.get(BODY_LIMIT, BodyLimit.class);
        if (counted == null) {
            return context.sendResponse();
        }
        return context.sendResponse().onComplete(sent -> {
            if (counted.exceeded()) {
                HttpHardening.closeConnection(context.request().proxiedRequest());
            }
        });
    }

    /**
     * A body of no declared length: chunked on HTTP/1.x (a GET without a body is not, and is not
     * wrapped: it is the hot path), or any HTTP/2 request without content-length.
     */
    private static boolean mayStreamABody(HttpServerRequest request) {
        if (request.version() == io.vertx.core.http.HttpVersion.HTTP_2) {
            return true;
        }
        String encoding = request.getHeader("Transfer-Encoding");
        return encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked");
    }

    private ProxyResponse problemResponse(ProxyContext context, Throwable failure) {
        HttpServerRequest request = context.request().proxiedRequest();
        context.set(GENERATED, Boolean.TRUE);
        if (aborts.clientLeft(context)) {
            // The client went away (or gave up) first: nothing the upstream did wrong, and nobody to answer.
            LOG.debugf("%s %s -> %s: client left before the answer", request.method(), request.path(), upstream.name());
            return context.request().release().response().setStatusCode(499).setBody(Body.body(io.vertx.core.buffer.Buffer.buffer()));
        }
        BodyLimit counted = context.get(BODY_LIMIT, BodyLimit.class);
        if (counted != null && counted.exceeded()) {
            // What the upstream got of it was cut off (its request reset); the client hears why.
            LOG.debugf("%s %s: chunked body over %d bytes, refused", request.method(), request.path(), maxBodyBytes);
            return context.request().release().response()
                    .setStatusCode(413)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .putHeader("Cache-Control", "no-store")
                    .putHeader("Connection", "close")
                    .setBody(Body.body(Problems.payloadTooLarge(maxBodyBytes, request.path(),
                            request.getHeader(RequestIdentity.REQUEST_ID_HEADER))));
        }
        boolean connected = Boolean.TRUE.equals(context.get(CONNECTED, Boolean.class));
        int status;
        String type;
        String title;
        String detail;
        if (connected && isTimeout(failure)) {
            status = 504;
            type = "gateway-timeout";
            title = "Upstream timeout";
            detail = "The " + upstream.name() + " did not answer in time.";
        } else if (connected) {
            status = 502;
            type = "bad-gateway";
            title = "Bad gateway";
            detail = "The " + upstream.name() + " closed the connection without a valid answer.";
        } else {
            // Nothing listens (down, restarting, not yet deployed): a client should come back later.
            status = 503;
            type = "service-unavailable";
            title = "Service unavailable";
            detail = "The " + upstream.name() + " is unavailable; retry later.";
        }
        // Message only: the cause is useful to an operator, a stack trace of a refused socket is not.
        LOG.warnf("%s %s -> %s (%s): %d, %s", request.method(), request.path(), upstream.name(), upstream.url(),
                status, failure.getMessage());
        // Prometheus needs one tag-key set per meter name, hence a meter of its own rather than gateway.refused.
        registry.counter("gateway.upstream.failures", "service", upstream.name(), "reason", type).increment();
        ProxyResponse problem = context.request().release().response()
                .setStatusCode(status)
                .putHeader("Content-Type", Problems.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .setBody(Body.body(Problems.body(type, title, status, detail, request.path(),
                        request.getHeader(RequestIdentity.REQUEST_ID_HEADER))));
        return status == 503 ? problem.putHeader("Retry-After", "5") : problem;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }
}
