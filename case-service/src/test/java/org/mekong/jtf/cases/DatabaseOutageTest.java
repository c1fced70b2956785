package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * The database drops every connection again and again under reads and writes (as when it restarts):
 * every request is answered 2xx or 503 with Retry-After, never 500, and the service recovers.
 */
@QuarkusTest
class DatabaseOutageTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;


    @Test
    void connectionsTerminatedMidRequestAre503NeverA500() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Outage case");
        String c = "/api/cases/" + caseId;
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> bad = java.util.Collections.synchronizedList(new ArrayList<>());
        var pool = Executors.newFixedThreadPool(9);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(4);
        try {
            List<java.util.concurrent.Future<?>> running = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                running.add(pool.submit(() -> {
                    while (System.nanoTime() < until) {
                        Response r = thread % 2 == 0
                                ? as(VN_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "country", "VN",
                                "seizedAt", "2025-03-15T01:00:00Z")).post(c + "/seizures")
                                : as(VN_ANALYST).get(c);
                        statuses.computeIfAbsent(r.statusCode(), s -> new AtomicInteger()).incrementAndGet();
                        if (r.statusCode() == 503 && r.header("Retry-After") == null || r.statusCode() >= 500 && r.statusCode() != 503) {
                            bad.add(r.statusCode() + " " + r.asString());
                        }
                    }
                }));
            }
            running.add(pool.submit(() -> {
                while (System.nanoTime() < until) {
                    try {
                        Db.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database()"
                                + " and pid <> pg_backend_pid()");
                        Thread.sleep(150);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
                return null;
            }));
            for (var f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        System.out.println("statuses while connections were terminated: " + statuses);
        assertTrue(bad.isEmpty(), "answers other than 2xx and 503 with Retry-After: " + bad.subList(0, Math.min(3, bad.size())));
        assertTrue(statuses.keySet().stream().allMatch(s -> s == 200 || s == 201 || s == 503), statuses.toString());
        // and it recovers: pools reconnect, the sequencer is elected again
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int status;
        do {
            status = as(VN_ANALYST).get(c).statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status);
        do {
            status = io.restassured.RestAssured.given().baseUri(org.mekong.jtf.common.testing.Management.base(management)).get("/q/health/ready").statusCode();
        } while (status != 200 && System.nanoTime() < deadline);
        assertEquals(200, status, "ready again");
        Db.verified(VN_AUDITOR).body("valid", is(true));
    }
}
