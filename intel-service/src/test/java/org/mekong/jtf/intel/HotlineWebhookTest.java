package org.mekong.jtf.intel;

import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.intel.service.WebhookDeliverer;
import org.mekong.jtf.intel.service.WebhookSignatures;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.intel.Api.*;
import static org.mekong.jtf.intel.HotlineApi.*;

/**
 * Webhooks of a national system (a local test server): each delivery signed with the webhook's
 * secret and a timestamp; a failing receiver is retried, then the delivery is parked where the
 * agency's operator sees it and replays it.
 */
@QuarkusTest
class HotlineWebhookTest {

    @Inject
    WebhookDeliverer deliverer;

    private record Received(String body, String signature, String eventId) {
    }

    @Test
    void deliveriesAreSignedRetriedParkedAndReplayed() throws Exception {
        List<Received> received = new CopyOnWriteArrayList<>();
        AtomicInteger status = new AtomicInteger(204);
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks/hotline", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(body, exchange.getRequestHeaders().getFirst(WebhookSignatures.HEADER),
                    exchange.getRequestHeaders().getFirst("X-Mekong-Event-Id")));
            exchange.sendResponseHeaders(status.get(), -1);
            exchange.close();
        });
        receiver.start();
        try {
            String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/hotline";
            String laSupervisor = supervisorOf("LA-MPS", "LA");
            var hook = as(laSupervisor).body(Map.of("url", url)).post("/api/hotline/webhooks").then().statusCode(201)
                    .body("secret", matchesPattern("[0-9a-f]{64}")).extract();
            String webhook = hook.path("id");
            String secret = hook.path("secret");
            as(laSupervisor).get("/api/hotline/webhooks").then().body("find { it.id == '" + webhook + "' }.secret", nullValue());
            // another agency does not see it
            as(VN_SUPERVISOR).get("/api/hotline/webhooks/" + webhook + "/deliveries").then().statusCode(404);

            String subject = "hook-" + UUID.randomUUID();
            String id = send(VN_LIAISON, message("LA-MPS", "FLASH", subject));
            run(deliverer::tick);
            Received first = received.stream().filter(r -> r.body().contains(subject)).findFirst().orElseThrow();
            String[] parts = first.signature().split(",");
            long t = Long.parseLong(parts[0].substring(2));
            assertEquals("v1=" + WebhookSignatures.hmac(secret, t + "." + first.body()), parts[1]);
            assertTrue(Math.abs(System.currentTimeMillis() / 1000 - t) < 300, "signed now");
            assertNotNull(first.eventId());
            as(laSupervisor).get("/api/hotline/webhooks/" + webhook + "/deliveries").then().statusCode(200)
                    .body("find { it.eventId == " + first.eventId() + " }.status", is("DELIVERED"));

            // the receiver fails: retried (test backoff is immediate), then parked after three attempts
            status.set(500);
            move(laSupervisor, id, "ACKNOWLEDGED", null).statusCode(200);
            for (int i = 0; i < 3; i++) {
                run(deliverer::tick);
            }
            var parked = as(laSupervisor).get("/api/hotline/webhooks/" + webhook + "/deliveries?status=PARKED").then().statusCode(200)
                    .body("size()", is(1)).body("[0].attempts", is(3)).body("[0].lastError", is("HTTP 500")).extract();
            long delivery = ((Number) parked.path("[0].id")).longValue();
            int attempts = received.size();
            run(deliverer::tick);
            assertEquals(attempts, received.size(), "a parked delivery is not attempted again on its own");

            // the operator replays it once the receiver is back
            status.set(200);
            as(laSupervisor).post("/api/hotline/webhooks/" + webhook + "/deliveries/" + delivery + "/replay").then().statusCode(200)
                    .body("status", is("PENDING")).body("attempts", is(0));
            run(deliverer::tick);
            as(laSupervisor).get("/api/hotline/webhooks/" + webhook + "/deliveries").then()
                    .body("find { it.id == " + delivery + " }.status", is("DELIVERED"));
            assertTrue(received.get(received.size() - 1).body().contains("MESSAGE_ACKNOWLEDGED"));
            as(laSupervisor).post("/api/hotline/webhooks/" + webhook + "/deliveries/" + delivery + "/replay").then().statusCode(200);
            as(laSupervisor).delete("/api/hotline/webhooks/" + webhook).then().statusCode(200).body("active", is(false));
            as(laSupervisor).body(Map.of("url", "ftp://example")).post("/api/hotline/webhooks").then().statusCode(400);
            as(LA_ANALYST).body(Map.of("url", url)).post("/api/hotline/webhooks").then().statusCode(403);
        } finally {
            receiver.stop(0);
        }
    }
}
