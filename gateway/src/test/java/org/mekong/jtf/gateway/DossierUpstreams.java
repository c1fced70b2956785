package org.mekong.jtf.gateway;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The three services as the dossier sees them: real HTTP servers answering one known case and what
 * cites it. Each can be told (over {@code /__mode/<mode>}) to answer normally, hang, answer 503 or
 * refuse with 403, and records the Authorization header of every call, so a test can check the
 * caller's own token reached every service.
 */
public class DossierUpstreams implements QuarkusTestResourceLifecycleManager {

    static final String CASE_ID = "7d3c2a10-0000-4000-8000-000000000001";
    static final String TASK_FORCE_ID = "7d3c2a10-0000-4000-8000-0000000000f1";

    private Vertx vertx;
    private final Map<String, String> modes = new ConcurrentHashMap<>();
    private final Map<String, JsonArray> seen = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        Map<String, String> config = new java.util.HashMap<>();
        for (String service : new String[] {"case-service", "intel-service", "task-force-service"}) {
            modes.put(service, "ok");
            seen.put(service, new JsonArray());
            HttpServer server = vertx.createHttpServer().requestHandler(request -> handle(service, request));
            try {
                server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            String url = "http://127.0.0.1:" + server.actualPort();
            config.put("gateway.services." + service + ".url", url);
            config.put("gateway.services." + service + ".management-url", url);
            config.put("test.dossier." + service, url);
        }
        config.put("gateway.dossier.part-timeout", "700ms");
        config.put("gateway.upstream-timeout", "1s");
        return config;
    }

    private void handle(String service, HttpServerRequest request) {
        String path = request.path();
        if (path.startsWith("/__mode/")) {
            modes.put(service, path.substring("/__mode/".length()));
            request.response().end(seen.get(service).encode());
            seen.put(service, new JsonArray());
            return;
        }
        if (path.equals("/q/health/ready")) {
            request.response().end("{\"status\":\"UP\"}");
            return;
        }
        seen.get(service).add(new JsonObject().put("uri", request.uri()).put("authorization", request.getHeader("Authorization")));
        switch (modes.get(service)) {
            case "hang" -> {
                return;
            }
            case "error" -> {
                request.response().setStatusCode(503).putHeader("Retry-After", "5").end("{\"status\":503}");
                return;
            }
            case "forbidden" -> {
                request.response().setStatusCode(403).end("{\"status\":403}");
                return;
            }
            case "unauthorized" -> {
                request.response().setStatusCode(401).end("{\"status\":401}");
                return;
            }
            default -> {
            }
        }
        Object body = answer(service, path, request.getParam("caseRef"));
        if (body == null) {
            request.response().setStatusCode(404).putHeader("Content-Type", "application/problem+json").end("{\"status\":404}");
            return;
        }
        request.response().putHeader("Content-Type", "application/json").end(body.toString());
    }

    private static JsonObject page(JsonObject... items) {
        return new JsonObject().put("items", new JsonArray(java.util.List.of((Object[]) items))).put("page", 0)
                .put("size", 100).put("total", items.length);
    }

    private static Object answer(String service, String path, String caseRef) {
        if (path.equals("/q/openapi")) {
            return new JsonObject().put("openapi", "3.0.3").put("info", new JsonObject().put("title", service))
                    .put("servers", new JsonArray().add(new JsonObject().put("url", "http://internal-" + service + ":8080")))
                    .put("paths", new JsonObject().put("/api/" + service + "-things", new JsonObject()))
                    // as smallrye-openapi writes it: the scheme declared, not every operation marked with it
                    .put("components", new JsonObject().put("securitySchemes", new JsonObject()
                            .put("SecurityScheme", new JsonObject().put("type", "http").put("scheme", "bearer"))));
        }
        String base = "/api/cases/" + CASE_ID;
        return switch (service) {
            case "case-service" -> {
                if (path.equals(base)) {
                    yield new JsonObject().put("id", CASE_ID).put("reference", "JI-2026-TEST-0001").put("title", "Mekong Dawn")
                            .put("tlp", "AMBER").put("status", "OPEN").put("leadAgency", "VN-C04")
                            .put("participatingAgencies", new JsonArray().add("TH-ONCB").add("VN-C04"));
                }
                if (path.equals(base + "/subjects")) {
                    yield page(new JsonObject().put("id", "s1").put("fullName", "Nguyễn Văn Hùng").put("nationality", "VN"));
                }
                if (path.equals(base + "/arrests")) {
                    yield page(new JsonObject().put("id", "a1").put("subjectId", "s1").put("country", "TH"));
                }
                if (path.equals(base + "/timeline")) {
                    // a long timeline: the dossier shows a page of it and says so
                    yield page(new JsonObject().put("id", 1).put("type", "CASE_OPENED")).put("total", 250);
                }
                if (path.startsWith(base + "/")) {
                    yield page();
                }
                yield null;
            }
            case "intel-service" -> {
                if (path.equals("/api/intel/reports")) {
                    // cited once by id and once by reference: one report, listed once
                    JsonObject report = new JsonObject().put("id", "r1").put("reference", "IR-1").put("title", "Courier route")
                            .put("tlp", "AMBER+STRICT").put("handling", "H2");
                    yield caseRef.equals("JI-2026-TEST-0001")
                            ? page(report, new JsonObject().put("id", "r2").put("title", "Second").put("tlp", "GREEN").put("handling", "H0"))
                            : page(report);
                }
                if (path.equals("/api/early-warnings")) {
                    yield page();
                }
                if (path.startsWith("/api/correlation/cases/") && path.endsWith("/hits")) {
                    yield new JsonArray().add(new JsonObject().put("id", "h1").put("visibility", "HELD_ELSEWHERE").put("type", "PHONE")
                            .put("explanation", "your E.164 number +84912345678 matches a record held by LA-MPS").put("heldBy", "LA-MPS"));
                }
                if (path.equals("/api/hotline/messages")) {
                    yield page(new JsonObject().put("id", "m1").put("status", "ACKNOWLEDGED").put("subject", "FLASH"),
                            new JsonObject().put("id", "m2").put("status", "CLOSED").put("subject", "old"));
                }
                yield null;
            }
            default -> {
                if (path.equals("/api/task-forces")) {
                    yield page(new JsonObject().put("id", TASK_FORCE_ID).put("reference", "TF-1").put("status", "ACTIVE")
                            .put("members", new JsonArray().add(new JsonObject().put("name", "Somchai").put("agency", "TH-ONCB"))));
                }
                if (path.equals("/api/task-forces/" + TASK_FORCE_ID + "/deployments")) {
                    yield page(new JsonObject().put("id", "d1"));
                }
                if (path.equals("/api/task-forces/" + TASK_FORCE_ID + "/tasks")) {
                    yield new JsonArray().add(new JsonObject().put("id", "t1")).add(new JsonObject().put("id", "t2"));
                }
                yield null;
            }
        };
    }

    /** From a test: tells one service how to answer from now on, and returns what it was asked since the last change. */
    static String mode(String service, String mode) throws Exception {
        String url = org.eclipse.microprofile.config.ConfigProvider.getConfig().getValue("test.dossier." + service, String.class);
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(url + "/__mode/" + mode)).GET().build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    /** Every service answers normally again. */
    static void allAnswer() throws Exception {
        for (String service : new String[] {"case-service", "intel-service", "task-force-service"}) {
            mode(service, "ok");
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close().toCompletionStage().toCompletableFuture().join();
        }
    }
}
