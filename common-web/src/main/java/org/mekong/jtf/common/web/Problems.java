package org.mekong.jtf.common.web;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.mekong.jtf.common.problem.Problem;

/**
 * RFC 9457 problem details written by the gateway itself (the upstreams write their own). Types
 * share the suite's base URI so clients can branch on {@code type} whichever hop answered.
 */
public final class Problems {

    public static final String MEDIA_TYPE = Problem.MEDIA_TYPE;

    private Problems() {
    }

    public static Buffer body(String type, String title, int status, String detail, String instance, String requestId) {
        JsonObject json = new JsonObject()
                .put("type", Problem.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", instance)
                .put("requestId", requestId);
        return json.toBuffer();
    }

    /** The 413 of a body over the limit, whether refused by its declared length or counted on the way. */
    public static Buffer payloadTooLarge(long maxBodyBytes, String instance, String requestId) {
        return body("payload-too-large", "Payload too large", 413, "the request body may be at most " + maxBodyBytes + " bytes",
                instance, requestId);
    }

    /** Ends the exchange with a problem; extra headers (WWW-Authenticate, Retry-After) are set by the caller first. */
    public static void send(RoutingContext rc, String type, String title, int status, String detail) {
        if (rc.response().ended()) {
            return;
        }
        // Drain any unread request body (it may have been paused) so the connection can be reused.
        rc.request().resume();
        rc.response()
                .setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store")
                .end(body(type, title, status, detail, rc.request().path(), RequestIdentity.requestId(rc)));
    }
}
