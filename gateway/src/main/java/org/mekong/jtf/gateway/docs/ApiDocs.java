package org.mekong.jtf.gateway.docs;

import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.mekong.jtf.gateway.routing.RouteTable;
import org.mekong.jtf.gateway.routing.Upstream;
import org.mekong.jtf.gateway.routing.UpstreamClient;
import org.mekong.jtf.common.web.MetricsPath;
import org.mekong.jtf.common.web.Problems;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The suite's API documents for the one Swagger UI page at {@code /docs}: the gateway's own
 * ({@code META-INF/openapi.yaml}) and each service's, fetched from its management interface (which
 * the gateway reaches and clients do not), kept for a minute, and served with {@code servers} set
 * to the gateway so that "Try it out" goes through it. A service that is down is served from the
 * last copy, or as a placeholder document that says so; the page never breaks because one is.
 */
@Singleton
public class ApiDocs {

    private static final Logger LOG = Logger.getLogger(ApiDocs.class);
    private static final Duration FRESH_FOR = Duration.ofMinutes(1);
    private static final long FETCH_TIMEOUT_MS = 2_000;

    private record Copy(String json, long fetchedAtNanos) {
        boolean fresh() {
            return System.nanoTime() - fetchedAtNanos < FRESH_FOR.toNanos();
        }
    }

    private final RouteTable routes;
    private final UpstreamClient client;
    private final String gatewayDocument;
    private final Map<String, Copy> copies = new ConcurrentHashMap<>();

    public ApiDocs(RouteTable routes, UpstreamClient client) {
        this.routes = routes;
        this.client = client;
        try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream("META-INF/openapi.yaml")) {
            this.gatewayDocument = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void install(@Observes Router router) {
        // Vert.x matches /docs/ here too; that one is the static page (META-INF/resources/docs/index.html).
        router.get("/docs").handler(rc -> {
            if (rc.request().path().equals("/docs")) {
                rc.redirect("/docs/");
            } else {
                rc.next();
            }
        });
        router.get("/docs/openapi/:name").handler(this::document);
    }

    private void document(RoutingContext rc) {
        MetricsPath.template(rc, "/docs/openapi/{name}");
        String name = rc.pathParam("name");
        if (name.equals("gateway")) {
            rc.response().putHeader("Content-Type", "application/yaml; charset=utf-8").end(gatewayDocument);
            return;
        }
        Upstream upstream = routes.upstreams().get(name);
        if (upstream == null) {
            Problems.send(rc, "not-found", "Not found", 404, "No service named " + name + "; see /docs.");
            return;
        }
        Copy copy = copies.get(name);
        if (copy != null && copy.fresh()) {
            send(rc, copy.json(), false);
            return;
        }
        fetch(upstream).onComplete(ar -> {
            if (ar.succeeded()) {
                copies.put(name, new Copy(ar.result(), System.nanoTime()));
                send(rc, ar.result(), false);
            } else if (copy != null) {
                LOG.debugf("%s's API document could not be refreshed (%s); serving the last copy", name, ar.cause().getMessage());
                send(rc, copy.json(), true);
            } else {
                send(rc, placeholder(name), true);
            }
        });
    }

    private static void send(RoutingContext rc, String json, boolean stale) {
        if (stale) {
            // RFC 9111's Warning is obsolete; a plain header says it for tools, the document says it for people.
            rc.response().putHeader("X-Document-Stale", "true");
        }
        rc.response().putHeader("Content-Type", "application/json").end(json);
    }

    private Future<String> fetch(Upstream upstream) {
        return client.client().request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(upstream.management().host())
                        .setPort(upstream.management().port())
                        .setSsl(upstream.management().ssl())
                        .setURI("/q/openapi?format=json")
                        .setConnectTimeout(FETCH_TIMEOUT_MS)
                        .setIdleTimeout(FETCH_TIMEOUT_MS)
                        .putHeader("Accept", "application/json"))
                .compose(request -> request.send())
                .compose(response -> response.statusCode() != 200
                        ? Future.failedFuture("HTTP " + response.statusCode())
                        : response.body().map(body -> throughTheGateway(new JsonObject(body)).encode()));
    }

    /**
     * The services' paths are the gateway's paths: calls from the page go to the gateway. Every one of
     * them needs a token there, so the document's bearer scheme applies to all its operations (an
     * operation's own {@code security} still stands) — without that, "Try it out" sends no token for
     * operations the service's generator did not mark.
     */
    static JsonObject throughTheGateway(JsonObject document) {
        document.put("servers", new JsonArray().add(new JsonObject().put("url", "/").put("description", "through the gateway")));
        JsonObject schemes = document.getJsonObject("components", new JsonObject()).getJsonObject("securitySchemes");
        if (schemes != null && !schemes.isEmpty() && !document.containsKey("security")) {
            JsonArray requirements = new JsonArray();
            schemes.fieldNames().forEach(scheme -> requirements.add(new JsonObject().put(scheme, new JsonArray())));
            document.put("security", requirements);
        }
        return document;
    }

    private static String placeholder(String name) {
        return new JsonObject()
                .put("openapi", "3.0.3")
                .put("info", new JsonObject().put("title", name + " (unavailable)").put("version", "unknown")
                        .put("description", "The " + name + " did not give its API document just now (it may be down or starting). "
                                + "Reload the page in a moment; its routes through the gateway answer 503 until it is back."))
                .put("paths", new JsonObject())
                .encode();
    }
}
