package org.mekong.jtf.gateway.dossier;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.mekong.jtf.common.web.RequestIdentity;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.routing.RouteTable;
import org.mekong.jtf.gateway.routing.Upstream;
import org.mekong.jtf.gateway.routing.UpstreamClient;

import java.util.List;
import java.util.concurrent.TimeoutException;

/**
 * One GET to the service that owns a path, as the caller: their token, request id and traceparent
 * go along, so the service applies its own tenancy and writes its own audit entry. Never fails:
 * a slow, down or erring service is an {@link Answer} that says so, for the dossier to list.
 */
@Singleton
public class UpstreamCall {

    /** What one call gave: a JSON body with its status, or why there is none. */
    public record Answer(String service, int status, Object json, String failure) {

        boolean ok() {
            return status == 200 && json != null;
        }

        JsonObject object() {
            return json instanceof JsonObject o ? o : null;
        }

        /** The items of a list answer: a bare array, or a page's {@code items}. */
        List<Object> items() {
            if (json instanceof JsonArray array) {
                return array.getList();
            }
            JsonObject page = object();
            return page != null && page.getJsonArray("items") != null ? page.getJsonArray("items").getList() : List.of();
        }

        /** A page's {@code total}, or the number of items when the answer is not paged. */
        long total() {
            JsonObject page = object();
            return page != null && page.getValue("total") instanceof Number n ? n.longValue() : items().size();
        }
    }

    private final RouteTable routes;
    private final UpstreamClient client;
    private final long timeoutMillis;

    public UpstreamCall(RouteTable routes, UpstreamClient client, GatewayConfig config) {
        this.routes = routes;
        this.client = client;
        this.timeoutMillis = config.dossier().partTimeout().toMillis();
    }

    public Future<Answer> get(RoutingContext rc, String pathAndQuery) {
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        Upstream upstream = routes.resolve(path).map(RouteTable.Route::upstream)
                .orElseThrow(() -> new IllegalStateException("no upstream owns " + path));
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(upstream.api().host())
                .setPort(upstream.api().port())
                .setSsl(upstream.api().ssl())
                .setURI(pathAndQuery)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis)
                .putHeader("Authorization", rc.request().getHeader("Authorization"))
                .putHeader("Accept", "application/json")
                .putHeader(RequestIdentity.REQUEST_ID_HEADER, RequestIdentity.requestId(rc));
        String traceparent = rc.request().getHeader(RequestIdentity.TRACEPARENT_HEADER);
        if (traceparent != null) {
            options.putHeader(RequestIdentity.TRACEPARENT_HEADER, traceparent);
        }
        return client.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> answer(upstream.name(), response.statusCode(), body)))
                .recover(failure -> Future.succeededFuture(new Answer(upstream.name(), 0, null, reason(failure))));
    }

    private static Answer answer(String service, int status, Buffer body) {
        if (status != 200) {
            return new Answer(service, status, null, "answered HTTP " + status);
        }
        try {
            return new Answer(service, status, Json.decodeValue(body), null);
        } catch (RuntimeException e) {
            return new Answer(service, 502, null, "answered something that is not JSON");
        }
    }

    private String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TimeoutException) {
                return "did not answer within " + timeoutMillis + " ms";
            }
        }
        return "is unreachable";
    }
}
