package org.mekong.jtf.gateway.health;

import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;
import org.mekong.jtf.gateway.routing.RouteTable;
import org.mekong.jtf.gateway.routing.Upstream;
import org.mekong.jtf.gateway.routing.UpstreamClient;

import java.util.ArrayList;
import java.util.List;

/**
 * Reports each upstream's readiness as data but is itself always UP: a gateway that can still
 * authenticate and answer a clean 502 for one missing service is doing its job, and taking it out
 * of the load balancer would turn one service's outage into a total one.
 */
@Readiness
@ApplicationScoped
public class UpstreamsReadiness implements AsyncHealthCheck {

    private static final long PROBE_TIMEOUT_MS = 2_000;

    private final RouteTable routes;
    private final UpstreamClient client;

    public UpstreamsReadiness(RouteTable routes, UpstreamClient client) {
        this.routes = routes;
        this.client = client;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Upstream> upstreams = new ArrayList<>(routes.upstreams().values());
        List<Future<String>> probes = upstreams.stream().map(this::probe).toList();
        // The probes never fail (see probe), so waiting for all of them cannot short-circuit.
        return Uni.createFrom().completionStage(Future.all(probes).toCompletionStage())
                .map(ignored -> {
                    HealthCheckResponseBuilder builder = HealthCheckResponse.named("upstreams").up();
                    for (int i = 0; i < upstreams.size(); i++) {
                        builder.withData(upstreams.get(i).name(), probes.get(i).result());
                    }
                    return builder.build();
                });
    }

    /** Never fails: resolves to a short human-readable state. */
    private Future<String> probe(Upstream upstream) {
        return client.client()
                .request(new RequestOptions()
                        .setMethod(HttpMethod.GET)
                        .setHost(upstream.management().host())
                        .setPort(upstream.management().port())
                        .setSsl(upstream.management().ssl())
                        .setURI("/q/health/ready")
                        .setConnectTimeout(PROBE_TIMEOUT_MS)
                        .setIdleTimeout(PROBE_TIMEOUT_MS))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200
                        ? "UP" : "DOWN (HTTP " + response.statusCode() + ")"))
                .recover(failure -> Future.succeededFuture("UNREACHABLE (" + failure.getMessage() + ")"));
    }
}
