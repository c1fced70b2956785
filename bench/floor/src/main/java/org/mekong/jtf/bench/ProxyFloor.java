package org.mekong.jtf.bench;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.httpproxy.HttpProxy;

/**
 * The floor of a proxy on this stack: vertx-http-proxy, as the gateway uses it (one client per event
 * loop), forwarding everything to one upstream and doing nothing else — no token check, no rate
 * limit, no forwarded headers, no metrics, no access log. Measured in front of the case service
 * next to the gateway, it says how much of the gateway's cost is the proxying itself.
 *
 * <p>Settings from the environment: PROXY_FLOOR_PORT (8091), PROXY_FLOOR_UPSTREAM_PORT (8081) on 127.0.0.1.
 */
public class ProxyFloor extends AbstractVerticle {

    public static void main(String[] args) {
        Vertx vertx = Vertx.vertx();
        int instances = Runtime.getRuntime().availableProcessors();
        vertx.deployVerticle(ProxyFloor.class.getName(), new DeploymentOptions().setInstances(instances))
                .onSuccess(id -> System.out.println("proxy floor listening on " + port("PROXY_FLOOR_PORT", 8091)
                        + " with " + instances + " event loops"))
                .onFailure(e -> {
                    System.err.println("proxy floor failed to start: " + e.getMessage());
                    System.exit(1);
                });
    }

    @Override
    public void start() {
        // A verticle instance per event loop, each with its own client: connections stay on their loop.
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true),
                new PoolOptions().setHttp1MaxSize(32));
        HttpProxy proxy = HttpProxy.reverseProxy(client).origin(port("PROXY_FLOOR_UPSTREAM_PORT", 8081), "127.0.0.1");
        vertx.createHttpServer().requestHandler(proxy).listen(port("PROXY_FLOOR_PORT", 8091));
    }

    private static int port(String name, int fallback) {
        return Integer.parseInt(FloorServer.env(name, Integer.toString(fallback)).trim());
    }
}
