package org.mekong.jtf.gateway.routing;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;

/** The one pooled HTTP client the gateway uses towards its upstreams (proxying and readiness probes). */
@Singleton
public class UpstreamClient {

    private final HttpClient client;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setKeepAlive(true)
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        // Upstreams sit on the cluster network; their certificates are checked like any other.
                        .setVerifyHost(true),
                new PoolOptions().setHttp1MaxSize(64));
    }

    public HttpClient client() {
        return client;
    }

    @PreDestroy
    void close() {
        client.close();
    }
}
