package org.mekong.jtf.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP upstream for the case-service routes. It echoes what it received and records every
 * request; the test reads the record over HTTP ({@code /__recorded}) because the test and this
 * resource may live in different class loaders. The intel and task-force routes point at a port
 * nobody listens on.
 */
public class UpstreamStub implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;
    private final JsonArray recorded = new JsonArray();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(this::handle);
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("upstream stub did not start", e);
        }
        String url = "http://127.0.0.1:" + server.actualPort();
        String closed = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "gateway.services.case-service.url", url,
                "gateway.services.case-service.management-url", url,
                "gateway.services.intel-service.url", closed,
                "gateway.services.intel-service.management-url", closed,
                "gateway.services.task-force-service.url", closed,
                "gateway.services.task-force-service.management-url", closed,
                "gateway.upstream-timeout", "1s",
                "test.upstream.url", url);
    }

    private void handle(HttpServerRequest request) {
        String path = request.path();
        if (path.equals("/__recorded")) {
            synchronized (recorded) {
                if (request.method().name().equals("DELETE")) {
                    recorded.clear();
                }
                request.response().putHeader("Content-Type", "application/json").end(recorded.encode());
            }
            return;
        }
        if (path.equals("/q/health/ready")) {
            request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
            return;
        }
        if (path.equals("/api/cases/feed")) {
            // a quiet event stream: a comment every 1.5 s, longer than the gateway's 1 s idle timeout in this test
            request.response().setChunked(true).putHeader("Content-Type", "text/event-stream");
            request.response().write(": open\n\n");
            long[] beats = {0};
            vertx.setPeriodic(1_500, id -> {
                if (request.response().closed()) {
                    vertx.cancelTimer(id);
                } else if (++beats[0] < 3) {
                    request.response().write(": beat " + beats[0] + "\n\n");
                } else {
                    vertx.cancelTimer(id);
                    request.response().end("data: done\n\n");
                }
            });
            return;
        }
        request.body().onSuccess(body -> {
            JsonObject seen = new JsonObject()
                    .put("method", request.method().name())
                    .put("uri", request.uri())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("traceparent", request.getHeader("traceparent"))
                    .put("idempotencyKey", request.getHeader("Idempotency-Key"))
                    .put("ifMatch", request.getHeader("If-Match"))
                    .put("forwarded", request.getHeader("Forwarded"))
                    .put("xForwardedHost", request.getHeader("X-Forwarded-Host"))
                    .put("xForwardedProto", request.getHeader("X-Forwarded-Proto"))
                    .put("xForwardedFor", request.getHeader("X-Forwarded-For"))
                    .put("connectionNamed", request.getHeader("X-Drop-Me"))
                    .put("keepAlive", request.getHeader("Keep-Alive"))
                    .put("bodyLength", body.length())
                    .put("body", body.length() > 4096 ? "(large)" : body.toString());
            synchronized (recorded) {
                recorded.add(seen);
            }
            Runnable reply = () -> {
                var response = request.response()
                        .setStatusCode(request.method().name().equals("POST") ? 201 : 200)
                        .putHeader("Content-Type", "application/json")
                        .putHeader("X-Upstream", "case-service")
                        // A well-behaved service echoes the id; the gateway must not duplicate it.
                        .putHeader("X-Request-Id", String.valueOf(request.getHeader("X-Request-Id")));
                // As the services do (common-web's HttpHardening), unless the path asks otherwise.
                if (path.contains("cacheable")) {
                    response.putHeader("Cache-Control", "private, max-age=60");
                } else if (!path.contains("bare")) {
                    response.putHeader("Cache-Control", "no-store").putHeader("X-Content-Type-Options", "nosniff");
                }
                response.end(seen.encode());
            };
            if (path.startsWith("/api/cases/slow")) {
                vertx.setTimer(3_000, id -> {
                    if (!request.response().closed()) {
                        reply.run();
                    }
                });
            } else {
                reply.run();
            }
        });
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
