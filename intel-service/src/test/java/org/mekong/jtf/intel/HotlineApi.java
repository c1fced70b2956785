package org.mekong.jtf.intel;

import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import static org.mekong.jtf.intel.Api.as;
import static org.mekong.jtf.intel.Api.etag;

/** Shortcuts of the hotline tests. */
final class HotlineApi {

    static final String MESSAGES = "/api/hotline/messages";

    private HotlineApi() {
    }

    static Map<String, Object> message(String to, String priority, String subject) {
        Map<String, Object> body = new HashMap<>();
        body.put("to", to);
        body.put("priority", priority);
        body.put("subject", subject);
        body.put("body", "Please verify the identity of the courier arrested at Nam Can; passport LA1234567.");
        body.put("handling", "H1");
        body.put("tlp", "AMBER");
        return body;
    }

    static String send(String token, Map<String, Object> body) {
        return as(token).body(body).post(MESSAGES).then().statusCode(201).extract().path("id");
    }

    static io.restassured.response.ValidatableResponse move(String token, String id, String status, String text) {
        Map<String, Object> body = new HashMap<>();
        body.put("status", status);
        if (text != null) {
            body.put("body", text);
        }
        return as(token).header("If-Match", etag(token, MESSAGES + "/" + id)).body(body).post(MESSAGES + "/" + id + "/transitions").then();
    }

    /** Runs a tick of the service the way its scheduler does, on a Vert.x context, and waits for it. */
    static <T> T run(Supplier<Uni<T>> tick) {
        try {
            return VertxContextSupport.subscribeAndAwait(tick);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
