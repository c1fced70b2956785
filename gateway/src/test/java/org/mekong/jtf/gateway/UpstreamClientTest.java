package org.mekong.jtf.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.gateway.routing.UpstreamClient;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class UpstreamClientTest {

    @Inject
    UpstreamClient upstreams;

    @Inject
    Vertx vertx;

    private record Seen(Thread thread, HttpClient client, HttpClient again) {
    }

    @Test
    void eachEventLoopHasItsOwnClientSoAProxiedCallStaysOnItsThread() throws Exception {
        // Each verticle instance gets an event loop of its own, round robin: four of them reach more than one.
        Map<Thread, HttpClient> byLoop = new ConcurrentHashMap<>();
        List<Seen> seen = new CopyOnWriteArrayList<>();
        String deployment = vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                seen.add(new Seen(Thread.currentThread(), upstreams.client(), upstreams.client()));
            }
        }, new DeploymentOptions().setInstances(4)).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        vertx.undeploy(deployment).toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
        for (Seen on : seen) {
            assertSame(on.client(), on.again(), "one client per loop, not one per call");
            HttpClient earlier = byLoop.putIfAbsent(on.thread(), on.client());
            if (earlier != null) {
                assertSame(earlier, on.client(), "the same loop always gets its own client");
            }
        }
        assertTrue(byLoop.size() > 1, "expected contexts on more than one event loop: " + byLoop.keySet());
        HttpClient[] clients = byLoop.values().toArray(HttpClient[]::new);
        assertNotSame(clients[0], clients[1], "two loops must not share a client (and its connections)");
        // Off the event loops (start-up code, workers): one shared client.
        assertSame(upstreams.client(), upstreams.client());
        assertTrue(byLoop.values().stream().noneMatch(client -> client == upstreams.client()));
    }
}
