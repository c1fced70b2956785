package org.mekong.jtf.gateway.routing;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pooled HTTP clients the gateway uses towards its upstreams (proxying, dossier parts, readiness
 * probes): one per event loop. Vert.x's HTTP client pool hands out the most recently used free
 * connection whatever event loop it lives on, so with one shared client a request served on one loop
 * is mostly proxied over a connection of another: every event then crosses threads (a task queued,
 * a sleeping loop woken, a lock contended on the connection). Measured under load that cost a fifth
 * of the gateway's CPU. A client per loop only ever holds connections made from, and living on, that
 * loop, so a proxied call stays on the thread that accepted it.
 */
@Singleton
public class UpstreamClient {

    /** Per event loop and upstream; the suite's event loops (2 per core) multiply it. */
    static final int CONNECTIONS_PER_EVENT_LOOP = 32;

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final Map<Thread, HttpClient> perEventLoop = new ConcurrentHashMap<>();
    /** For callers off the event loops (start-up, worker threads). */
    private final HttpClient shared;

    public UpstreamClient(Vertx vertx, GatewayConfig config) {
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setKeepAlive(true)
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                // Upstreams sit on the cluster network; their certificates are checked like any other.
                .setVerifyHost(true);
        this.shared = create();
    }

    /** The client of the calling event loop (the shared one elsewhere). */
    public HttpClient client() {
        if (!Context.isOnEventLoopThread()) {
            return shared;
        }
        HttpClient own = perEventLoop.get(Thread.currentThread());
        return own != null ? own : perEventLoop.computeIfAbsent(Thread.currentThread(), thread -> create());
    }

    private HttpClient create() {
        return vertx.createHttpClient(options, new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_EVENT_LOOP));
    }

    @PreDestroy
    void close() {
        perEventLoop.values().forEach(HttpClient::close);
        shared.close();
    }
}
