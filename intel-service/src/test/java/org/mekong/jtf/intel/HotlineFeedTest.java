package org.mekong.jtf.intel;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.intel.Api.*;
import static org.mekong.jtf.intel.HotlineApi.*;

/**
 * The live feed over Server-Sent Events: a subscriber gets what happens after it subscribed, also
 * what another replica wrote (an event committed on another connection reaches this replica through
 * LISTEN/NOTIFY), only its own agency's, and after reconnecting with Last-Event-ID everything it missed.
 */
@QuarkusTest
class HotlineFeedTest {

    @TestHTTPResource("/api/hotline/feed")
    URL feed;

    /** One open feed: its lines as they arrive, and a way to close it. */
    private record Subscription(BlockingQueue<String> lines, CompletableFuture<HttpResponse<Stream<String>>> response) {
        void close() {
            response.cancel(true);
            response.thenAccept(r -> r.body().close());
        }

        /** The next event of the given type: its id line and data line. */
        String[] next(String type) throws InterruptedException {
            String id = null;
            String event = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            while (System.nanoTime() < deadline) {
                String line = lines.poll(500, TimeUnit.MILLISECONDS);
                if (line == null) {
                    continue;
                }
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("event:")) {
                    event = line.substring(6).trim();
                } else if (line.startsWith("data:") && type.equals(event)) {
                    return new String[]{id, line.substring(5).trim()};
                } else if (line.isEmpty()) {
                    event = null;
                }
            }
            throw new AssertionError("no " + type + " event within 15 s");
        }

        List<String> drain() {
            List<String> all = new ArrayList<>();
            lines.drainTo(all);
            return all;
        }
    }

    private Subscription subscribe(String token, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(feed.toString())).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").timeout(Duration.ofMinutes(2));
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        var response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> CompletableFuture.runAsync(() -> r.body().forEach(lines::add)));
        return new Subscription(lines, response);
    }

    @Test
    void subscribersGetWhatHappensAfterTheySubscribedAndResumeWhereTheyLeftOff() throws Exception {
        Subscription thai = subscribe(TH_LIAISON, null);
        Subscription cambodian = subscribe(KH_ANALYST, null);
        Thread.sleep(500);
        String subject = "feed-" + UUID.randomUUID();
        String id = send(VN_LIAISON, message("TH-ONCB", "FLASH", subject));
        String[] sent = thai.next("MESSAGE_SENT");
        assertTrue(sent[1].contains(subject) && sent[1].contains(id), sent[1]);
        assertEquals(200, thai.response().get(5, TimeUnit.SECONDS).statusCode());

        // an event written by another replica, committed on another connection
        UUID other = UUID.randomUUID();
        try (var c = Db.connect(); var s = c.prepareStatement("insert into hotline_event (agency, type, message_id, occurred_at, payload)"
                + " values ('TH-ONCB', 'MESSAGE_SENT', ?, now(), ?)")) {
            s.setObject(1, other);
            s.setString(2, "{\"messageId\":\"" + other + "\",\"subject\":\"from another replica\"}");
            s.executeUpdate();
        }
        assertTrue(thai.next("MESSAGE_SENT")[1].contains("from another replica"));
        thai.close();

        // while Thailand is away the message is acknowledged; reconnecting with Last-Event-ID brings it
        move(TH_LIAISON, id, "ACKNOWLEDGED", null).statusCode(200);
        Subscription back = subscribe(TH_LIAISON, sent[0]);
        assertTrue(back.next("MESSAGE_SENT")[1].contains("from another replica"), "what came after the last event it saw");
        assertTrue(back.next("MESSAGE_ACKNOWLEDGED")[1].contains(id));
        back.close();

        // Cambodia saw none of it
        assertTrue(cambodian.drain().stream().noneMatch(line -> line.contains(subject) || line.contains(id)));
        cambodian.close();
        // a feed needs a token, and a readable Last-Event-ID
        assertEquals(401, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed.toString())).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        assertEquals(400, HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(feed.toString()))
                .header("Authorization", "Bearer " + TH_LIAISON).header("Last-Event-ID", "yesterday").build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }
}
