package org.mekong.jtf.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyOptions;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.dossier.DossierRoutes;
import org.mekong.jtf.gateway.ratelimit.CallerRateLimiter;
import org.mekong.jtf.gateway.security.Caller;
import org.mekong.jtf.gateway.security.EdgeAuthenticator;
import org.mekong.jtf.common.web.MetricsPath;
import org.mekong.jtf.common.web.Problems;

import java.util.HashMap;
import java.util.Map;

/**
 * The {@code /api/**} pipeline: authenticate, rate-limit, then forward to the owning upstream with
 * the path unchanged. Everything else ({@code /q/health}, {@code /q/metrics}) is left to Quarkus.
 */
@Singleton
public class GatewayRoutes {

    private final RouteTable routes;
    private final EdgeAuthenticator authenticator;
    private final CallerRateLimiter rateLimiter;
    private final Map<String, HttpProxy> proxies = new HashMap<>();
    private final DossierRoutes dossiers;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(GatewayRoutes.class);

    public GatewayRoutes(RouteTable routes, UpstreamClient client, EdgeAuthenticator authenticator,
                         CallerRateLimiter rateLimiter, GatewayConfig config, MeterRegistry registry, DossierRoutes dossiers,
                         @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "1M") MemorySize maxBodySize) {
        this.routes = routes;
        this.dossiers = dossiers;
        this.authenticator = authenticator;
        this.rateLimiter = rateLimiter;
        long connectTimeout = config.connectTimeout().toMillis();
        long idleTimeout = config.upstreamTimeout().toMillis();
        routes.upstreams().forEach((name, upstream) -> {
            ClientAborts aborts = new ClientAborts(upstream, registry);
            // No WebSocket pass-through: the suite serves none, and the proxy would hand an upgrade request
            // on without its interceptors (client-chosen X-Forwarded-* included) and drop its answer's body.
            HttpProxy proxy = HttpProxy.reverseProxy(new ProxyOptions().setSupportWebSocket(false), client.client());
            // The calling event loop's own client, not the proxy's (see UpstreamClient).
            proxy.origin(context -> client.client()
                    .request(new RequestOptions()
                            .setHost(upstream.api().host())
                            .setPort(upstream.api().port())
                            .setSsl(upstream.api().ssl())
                            .setConnectTimeout(connectTimeout)
                            // An event stream stays open as long as its client wants; the services send
                            // a heartbeat, and a dead peer is noticed when a write fails.
                            .setIdleTimeout(isEventStream(context.request().proxiedRequest()) ? 0 : idleTimeout))
                    .onSuccess(request -> {
                        context.set(UpstreamInterceptor.CONNECTED, Boolean.TRUE);
                        // The proxy resets this request when its client hangs up first; without a handler of
                        // ours Vert.x logs that as an unhandled "Stream reset" error.
                        request.exceptionHandler(failure -> {
                            if (!aborts.clientLeft(context)) {
                                LOG.debugf("%s: upstream request failed: %s", upstream.name(), failure.getMessage());
                            }
                        });
                    }));
            proxy.addInterceptor(new UpstreamInterceptor(upstream, registry, aborts, maxBodySize.asLongValue()));
            proxies.put(name, proxy);
        });
    }

    private static boolean isEventStream(io.vertx.core.http.HttpServerRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains("text/event-stream");
    }

    void install(@Observes Router router) {
        router.route("/api/*")
                .handler(rc -> {
                    MetricsPath.template(rc, "/api/**");
                    rc.next();
                })
                .handler(authenticator)
                .handler(this::limit)
                .handler(this::forward);
    }

    private void limit(RoutingContext rc) {
        Caller caller = rc.get(EdgeAuthenticator.CALLER_KEY);
        if (rateLimiter.admit(rc, caller)) {
            rc.next();
        }
    }

    private void forward(RoutingContext rc) {
        String path = rc.request().path();
        // The upstream builds Location and links from the Host the client used (X-Forwarded-Host); without
        // one (HTTP/1.0) it would fall back on its own internal address.
        if (rc.request().authority() == null) {
            Problems.send(rc, "bad-request", "Bad request", 400, "A Host header is required.");
            return;
        }
        // Route on the path the upstream will act on: a path with dot segments could be routed by one
        // prefix here and resolved to another service's resource there.
        if (!path.equals(rc.normalizedPath())) {
            Problems.send(rc, "bad-request", "Bad request", 400, "The request path must be in canonical form.");
            return;
        }
        if (DossierRoutes.owns(path)) {
            dossiers.handle(rc);
            return;
        }
        RouteTable.Route route = routes.resolve(path).orElse(null);
        if (route == null) {
            Problems.send(rc, "not-found", "Not found", 404, "No API resource at " + path + ".");
            return;
        }
        MetricsPath.template(rc, route.prefix() + "/**");
        proxies.get(route.upstream().name()).handle(rc.request());
    }
}
