package org.mekong.jtf.gateway;

import org.mekong.jtf.common.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class GatewayProxyTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private final HttpClient http = HttpClient.newHttpClient();

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    @BeforeEach
    void clearUpstreamRecord() throws Exception {
        upstream("DELETE");
    }

    @Test
    void validTokenIsProxiedWithPathAndTracingHeaders() throws Exception {
        String token = Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator");
        Response response = given()
                .header("Authorization", "Bearer " + token)
                .header("X-Request-Id", "req-42.a:b")
                .header("traceparent", TRACEPARENT)
                .header("If-Match", "\"3\"")
                .when().get("/api/cases/12/seizures?page=2&size=5")
                .then()
                .statusCode(200)
                .header("X-Upstream", "case-service")
                .header("X-Request-Id", "req-42.a:b")
                .header("traceparent", TRACEPARENT)
                .body("uri", equalTo("/api/cases/12/seizures?page=2&size=5"))
                .extract().response();
        // One X-Request-Id, not the gateway's plus the upstream's echo.
        assertEquals(1, response.headers().getValues("X-Request-Id").size());

        List<Map<String, Object>> seen = recorded();
        assertEquals(1, seen.size());
        Map<String, Object> call = seen.get(0);
        assertEquals("GET", call.get("method"));
        assertEquals("/api/cases/12/seizures?page=2&size=5", call.get("uri"));
        assertEquals("Bearer " + token, call.get("authorization"));
        assertEquals("req-42.a:b", call.get("requestId"));
        assertEquals(TRACEPARENT, call.get("traceparent"));
        assertEquals("\"3\"", call.get("ifMatch"));
    }

    @Test
    void cacheControlAndNosniffAreSentOnceAndTheServicesValueStands() {
        String token = Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator");
        // path -> the Cache-Control the client must see, once
        Map<String, String> expected = Map.of(
                "/api/cases/12", "no-store",                     // the service says no-store too
                "/api/cases/cacheable/1", "private, max-age=60", // the service decides for its resource
                "/api/cases/bare/1", "no-store");                // the service says nothing: the gateway's
        expected.forEach((path, cacheControl) -> {
            Response response = given().header("Authorization", "Bearer " + token)
                    .when().get(path).then().statusCode(200).extract().response();
            assertEquals(List.of(cacheControl), response.headers().getValues("Cache-Control"), path);
            assertEquals(List.of("nosniff"), response.headers().getValues("X-Content-Type-Options"), path);
        });
    }

    @Test
    void postBodyAndIdempotencyKeyPassThroughAndUpstreamStatusIsKept() throws Exception {
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .header("Idempotency-Key", "7f1c0b8e")
                .contentType(ContentType.JSON)
                .body("{\"title\":\"Operation Mekong Dawn\"}")
                .when().post("/api/cases")
                .then()
                .statusCode(201)
                .body("body", equalTo("{\"title\":\"Operation Mekong Dawn\"}"))
                .body("idempotencyKey", equalTo("7f1c0b8e"));
    }

    @Test
    void largeBodyIsStreamedIntactWhileTheTokenIsVerified() {
        // The body arrives while the token is checked on a worker thread; none of it may be lost.
        byte[] payload = new byte[768 * 1024];
        java.util.Arrays.fill(payload, (byte) 'x');
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .contentType(ContentType.BINARY)
                .body(payload)
                .when().put("/api/cases/9/attachments/photo")
                .then()
                .statusCode(200)
                .body("bodyLength", equalTo(payload.length));
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndNotPassedOn() throws Exception {
        // No Content-Length (an input stream of unknown length is sent in chunks): counted on the way.
        byte[] payload = new byte[1_300_000];
        java.util.Arrays.fill(payload, (byte) 'x');
        HttpResponse<String> response = postChunked(payload);
        assertEquals(413, response.statusCode(), response.body());
        assertEquals(PROBLEM, response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("problems/payload-too-large") && response.body().contains("at most 1048576 bytes"),
                response.body());
        assertTrue(recorded().isEmpty(), "the upstream received the whole oversized body");
        // Under the limit, chunked, it passes whole — also from this client, which offers an h2c upgrade
        // (its default): with cleartext HTTP/2 on, the gateway lost such a body (NoCleartextHttp2).
        byte[] small = new byte[200_000];
        java.util.Arrays.fill(small, (byte) 'y');
        HttpResponse<String> accepted = postChunked(small);
        assertEquals(201, accepted.statusCode(), accepted.body());
        assertEquals(small.length, ((Number) recorded().get(0).get("bodyLength")).intValue());
    }

    @Test
    void aRefusedBodyEndsTheConnectionInsteadOfBeingReadToTheEnd() throws Exception {
        // Declared too large: refused before a byte is read. Chunked: refused once past the limit. Either way
        // the client must not be able to go on sending into a connection that only throws it away.
        String headers = "POST /api/cases HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer " + officerToken()
                + "\r\nContent-Type: application/json\r\n";
        assertTrue(answerThenClose(headers + "Content-Length: 50000000\r\n\r\n", false).startsWith("HTTP/1.1 413"));
        assertTrue(answerThenClose(headers + "Transfer-Encoding: chunked\r\n\r\n", true).startsWith("HTTP/1.1 413"));
        assertTrue(recorded().isEmpty());
    }

    /** Sends the head, then body bytes for as long as the connection takes them; the answer, once the gateway has closed. */
    private static String answerThenClose(String head, boolean chunked) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(10_000);
            var reader = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
                byte[] buffer = new byte[8192];
                try {
                    // until the end of the stream (or a reset, our late writes hitting the closed socket): the
                    // connection ended. A read that times out means the gateway kept it open.
                    for (int n; (n = socket.getInputStream().read(buffer)) > 0; ) {
                        answer.write(buffer, 0, n);
                    }
                } catch (java.net.SocketTimeoutException e) {
                    return "not closed: " + answer.toString(java.nio.charset.StandardCharsets.UTF_8);
                } catch (java.io.IOException reset) {
                    // ended by a reset
                }
                return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
            });
            var out = socket.getOutputStream();
            byte[] chunk = new byte[16_384];
            java.util.Arrays.fill(chunk, (byte) 'x');
            try {
                out.write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                // up to 8 MB, far past the limit: a gateway that drained it all would still be reading
                for (int i = 0; i < 512 && !reader.isDone(); i++) {
                    if (chunked) {
                        out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                    out.write(chunk);
                    if (chunked) {
                        out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    }
                }
            } catch (java.io.IOException closed) {
                // the gateway hung up on us: what this test wants
            }
            String answer = reader.get(15, java.util.concurrent.TimeUnit.SECONDS);
            assertTrue(answer.contains(PROBLEM) && answer.contains("payload-too-large"), answer);
            return answer;
        }
    }

    @Test
    void everyRouteOfTheCaseServiceReachesIt() throws Exception {
        for (String path : List.of("/api/agencies", "/api/statistics/seizures", "/api/audit/cases", "/api/cases")) {
            given().header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                    .when().get(path)
                    .then().statusCode(200).body("uri", equalTo(path));
        }
        assertEquals(4, recorded().size());
    }

    @Test
    void generatesRequestIdAndTraceparentWhenMissingOrInsane() throws Exception {
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .header("X-Request-Id", "bad id with spaces")
                .header("traceparent", "00-00000000000000000000000000000000-00f067aa0ba902b7-01")
                .when().get("/api/agencies")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern(UUID_PATTERN))
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-01"))
                .header("traceparent", not(startsWith("00-00000000000000000000000000000000")));
        Map<String, Object> call = recorded().get(0);
        assertTrue(((String) call.get("requestId")).matches(UUID_PATTERN));
        assertTrue(((String) call.get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
    }

    @Test
    void missingTokenIsRefusedWithoutContactingTheUpstream() throws Exception {
        given()
                .header("X-Request-Id", "anon-1")
                .when().get("/api/cases")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .header("X-Request-Id", "anon-1")
                .body("type", equalTo("https://mekong-jtf.example/problems/unauthenticated"))
                .body("title", equalTo("Unauthenticated"))
                .body("status", equalTo(401))
                .body("detail", not(emptyOrNullString()))
                .body("instance", equalTo("/api/cases"))
                .body("requestId", equalTo("anon-1"));
        given().header("Authorization", "Basic dXNlcjpwYXNz")
                .when().post("/api/cases")
                .then().statusCode(401).contentType(PROBLEM);
        assertTrue(recorded().isEmpty(), "the upstream must not see unauthenticated calls");
    }

    @Test
    void badTokensAreRefused() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        Map<String, String> tokens = Map.of(
                "expired", Tokens.with(c -> c.issuedAt(past).expiresAt(past.plusSeconds(300))),
                "wrong issuer", Tokens.with(c -> c.issuer("https://evil.example/issuer")),
                "wrong audience", Tokens.with(c -> c.audience("someone-else")),
                "foreign key", Tokens.foreignKey("VN-C04", "VN", "investigator"),
                "no agency claim", Tokens.with(c -> c.remove("agency")),
                "no groups claim", Tokens.with(c -> c.remove("groups")),
                // well signed, but of a shape the services refuse (TokenShapeAugmentor): refused here already
                "lives past the 12 h limit", Tokens.with(c -> c.expiresAt(Instant.now().plusSeconds(2000 * 60))),
                "agency of another country", Tokens.with(c -> c.claim("country", "TH")),
                "two agencies", Tokens.with(c -> c.claim("agency", List.of("VN-C04", "TH-ONCB"))),
                "garbage", "not.a.jwt");
        tokens.forEach((why, token) -> given()
                .header("Authorization", "Bearer " + token)
                .when().get("/api/cases")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", equalTo("https://mekong-jtf.example/problems/unauthenticated")));
        assertTrue(recorded().isEmpty(), "the upstream must not see calls with bad tokens");
    }

    @Test
    void unreachableUpstreamAnswers503WithRetryAfterNamingTheService() {
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .when().get("/api/intel/reports")
                .then()
                .statusCode(503)
                .contentType(PROBLEM)
                .header("X-Request-Id", not(emptyOrNullString()))
                .header("Retry-After", "5")
                .body("type", equalTo("https://mekong-jtf.example/problems/service-unavailable"))
                .body("status", equalTo(503))
                .body("detail", containsString("intel-service"))
                .body("detail", not(containsString("Exception")))
                .body("instance", equalTo("/api/intel/reports"));
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .when().get("/api/task-forces/3/members")
                .then()
                .statusCode(503)
                .body("detail", containsString("task-force-service"));
    }

    @Test
    void aQuietEventStreamIsNotCutByTheIdleTimeout() throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/cases/feed"))
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .header("Accept", "text/event-stream").GET().build(), HttpResponse.BodyHandlers.ofString());
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        assertEquals(200, response.statusCode());
        // silent 1.5 s at a time for 4.5 s behind a 1 s upstream timeout, and nothing cut
        assertTrue(response.body().contains(": beat 2") && response.body().contains("data: done"), response.body());
        assertTrue(seconds >= 4, "the stream ended early, after " + seconds + " s");
    }

    @Test
    void aClientThatLeavesIsNotCountedAsAnUpstreamFailure() throws Exception {
        double abortedBefore = counter("gateway_client_aborted_total\\{service=\"case-service\"\\}");
        double failuresBefore = counter("gateway_upstream_failures_total\\{reason=\"bad-gateway\",service=\"case-service\"\\}");
        double timeoutsBefore = counter("gateway_upstream_failures_total\\{reason=\"gateway-timeout\",service=\"case-service\"\\}");
        // A raw socket, so that hanging up really closes the connection the gateway answers on.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("GET /api/cases/slow HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator") + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(300);
        }
        String aborted = "gateway_client_aborted_total\\{service=\"case-service\"\\}";
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (counter(aborted) < abortedBefore + 1 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        // past the 1 s upstream timeout too, so a second report of the same abort would have been counted by now
        Thread.sleep(1_500);
        assertEquals(abortedBefore + 1, counter(aborted), "one call that its client left, counted once");
        assertEquals(failuresBefore, counter("gateway_upstream_failures_total\\{reason=\"bad-gateway\",service=\"case-service\"\\}"));
        // the slow upstream's 1 s timeout came after the client had left: not the upstream's failure either
        assertEquals(timeoutsBefore, counter("gateway_upstream_failures_total\\{reason=\"gateway-timeout\",service=\"case-service\"\\}"));
    }

    private double counter(String series) {
        String metrics = given().baseUri(managementBase()).get("/q/metrics").asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(series + " ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void slowUpstreamAnswers504() {
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                .when().get("/api/cases/slow")
                .then()
                .statusCode(504)
                .contentType(PROBLEM)
                .body("type", equalTo("https://mekong-jtf.example/problems/gateway-timeout"))
                .body("detail", containsString("case-service"));
    }

    @Test
    void unknownApiPathAnswers404() throws Exception {
        for (String path : List.of("/api/nowhere", "/api/casesX", "/api")) {
            given()
                    .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                    .when().get(path)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM)
                    .body("type", equalTo("https://mekong-jtf.example/problems/not-found"));
        }
        assertTrue(recorded().isEmpty());
    }

    @Test
    void pathWithDotSegmentsIsNotRoutedByItsRawPrefix() throws Exception {
        // java.net.http sends the path as given; REST Assured might normalise it first.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                                URI.create("http://localhost:" + RestAssured.port + "/api/agencies/../intel/reports"))
                        .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("https://mekong-jtf.example/problems/bad-request"), response.body());
        assertTrue(recorded().isEmpty(), "the case-service must not receive a path that resolves to another service");
    }

    @Test
    void upstreamIsToldTheGatewaysAddressAndHopByHopHeadersAreDropped() throws Exception {
        given()
                .header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator"))
                // A client must not choose what the services believe about the original request.
                .header("X-Forwarded-Host", "evil.example")
                .header("Forwarded", "host=evil.example;proto=https")
                .header("Connection", "keep-alive, X-Drop-Me")
                .header("X-Drop-Me", "hop-by-hop")
                .header("Keep-Alive", "timeout=5")
                .when().get("/api/agencies")
                .then().statusCode(200);
        Map<String, Object> call = recorded().get(0);
        String host = "localhost:" + RestAssured.port;
        assertEquals(host, call.get("xForwardedHost"));
        assertEquals("http", call.get("xForwardedProto"));
        assertEquals("127.0.0.1", call.get("xForwardedFor"));
        assertEquals("for=127.0.0.1;host=\"" + host + "\";proto=http", call.get("forwarded"));
        assertEquals(null, call.get("connectionNamed"), "a header named in Connection is hop-by-hop");
        assertEquals(null, call.get("keepAlive"));
    }

    @Test
    void aWebSocketUpgradeIsProxiedAsAPlainRequestWithTheGatewaysForwardedHeaders() throws Exception {
        // The proxy's WebSocket path would skip every interceptor, client-chosen X-Forwarded-Host included.
        String answer = raw("GET /api/agencies/VN-C04 HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer " + officerToken()
                + "\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nSec-WebSocket-Version: 13\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nX-Forwarded-Host: evil.example\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"uri\":\"/api/agencies/VN-C04\""), "the answer's body is lost: " + answer);
        Map<String, Object> call = recorded().get(0);
        assertEquals("gateway.test", call.get("xForwardedHost"));
    }

    @Test
    void everyConnectionHeaderNamesHopByHopHeaders() throws Exception {
        String answer = raw("GET /api/agencies HTTP/1.1\r\nHost: gateway.test\r\nAuthorization: Bearer " + officerToken()
                + "\r\nConnection: keep-alive\r\nConnection: X-Drop-Me\r\nX-Drop-Me: hop-by-hop\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertEquals(null, recorded().get(0).get("connectionNamed"), "a header named in the second Connection header was forwarded");
    }

    @Test
    void aRequestWithoutHostIsRefusedWithAProblemNotForwarded() throws Exception {
        // HTTP/1.0 may omit Host; the service would then build Location from its own internal address.
        String http10 = raw("GET /api/agencies HTTP/1.0\r\nAuthorization: Bearer " + officerToken() + "\r\n\r\n");
        assertTrue(http10.startsWith("HTTP/1.0 400") || http10.startsWith("HTTP/1.1 400"), http10);
        assertTrue(http10.contains(PROBLEM) && http10.contains("A Host header is required"), http10);
        // HTTP/1.1 requires it: Vert.x refuses before any route, and the answer is still a problem with a request id.
        String http11 = raw("GET /api/agencies HTTP/1.1\r\nAuthorization: Bearer " + officerToken() + "\r\nConnection: close\r\n\r\n");
        assertTrue(http11.startsWith("HTTP/1.1 400"), http11);
        assertTrue(http11.contains(PROBLEM) && http11.contains("problems/bad-request"), http11);
        assertTrue(http11.toLowerCase(java.util.Locale.ROOT).contains("x-request-id:"), http11);
        assertTrue(!http11.contains("stack") && !http11.contains("Exception"), http11);
        assertTrue(recorded().isEmpty());
    }

    @Test
    void aPathThatIsNotAUriIsRefusedAndIsNotAMetricSeries() throws Exception {
        String probe = "zz" + java.util.UUID.randomUUID().toString().substring(0, 8);
        // Quarkus refuses these before any route (an empty 400; nothing of the gateway runs).
        for (String path : List.of("/api/cases/" + probe + "%ZZ", "/" + probe + "%G1/x", "/api/cases/" + probe + "\\..\\intel",
                "/" + probe + "/valid?q=%ZZ")) {
            String answer = raw("GET " + path + " HTTP/1.1\r\nHost: gateway.test\r\nConnection: close\r\n\r\n");
            assertTrue(answer.startsWith("HTTP/1.1 400"), path + ": " + answer);
        }
        String metrics = given().baseUri(managementBase()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(!metrics.contains(probe), "a path a caller chose became a metric tag");
        assertTrue(metrics.contains("uri=\"UNKNOWN\""), "the refusals are counted under one tag");
    }

    @Test
    void managementEndpointsAreNotOnTheApiPort() throws Exception {
        for (String path : List.of("/q/metrics", "/q/health", "/q/openapi", "/q/swagger-ui", "/api/%2e%2e/q/metrics",
                "/api/../q/metrics")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + path))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertTrue(response.statusCode() == 404 || response.statusCode() == 401 || response.statusCode() == 400,
                    path + " answered " + response.statusCode());
            assertTrue(!response.body().contains("jvm_") && !response.body().contains("\"status\":\"UP\""), path);
        }
    }

    @Test
    void healthEndpointsAreUpEvenWithAnUpstreamDown() {
        given().baseUri(managementBase()).when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().baseUri(managementBase()).when().get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'case-service'", equalTo("UP"))
                .body("checks.find { it.name == 'upstreams' }.data.'intel-service'", startsWith("UNREACHABLE"));
    }

    @Test
    void metricsAreTaggedByRouteNeverByWhatACallerSends() {
        given().header("Authorization", "Bearer " + Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator")).get("/api/agencies").then().statusCode(200);
        String probe = "/probe-" + java.util.UUID.randomUUID();
        given().get(probe).then().statusCode(404);
        given().get("/api" + probe).then().statusCode(401);
        given().header("Authorization", "Bearer garbage").get("/api/cases" + probe).then().statusCode(401);
        String metrics = given().baseUri(managementBase()).when().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(containsString("gateway_upstream_responses_total{service=\"case-service\",status=\"2xx\"}"))
                // Proxied paths are tagged by route, not by raw path (ids would explode the series count).
                .body(containsString("uri=\"/api/agencies/**\""))
                .body(not(containsString("uri=\"/api/cases/12/seizures\"")))
                .extract().asString();
        assertTrue(!metrics.contains(probe.substring(1)), "a path a caller chose became a metric tag");
        assertTrue(!metrics.contains("Exception"), "metrics name an exception class");
    }

    @Test
    void aConnectionResetIsCountedByKindNeverByExceptionClass() throws Exception {
        String token = Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator");
        // A client that resets its connection while its call is being answered (SO_LINGER 0: an RST).
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            socket.getOutputStream().write(("GET /api/cases/slow/reset HTTP/1.1\r\nHost: gateway\r\nAuthorization: Bearer "
                    + token + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            Thread.sleep(200);
            socket.setSoLinger(true, 0);
        }
        String errors = "";
        for (int i = 0; i < 40 && !errors.contains("http_server_errors_total"); i++) {
            Thread.sleep(50);
            errors = given().baseUri(managementBase()).when().get("/q/metrics").then().statusCode(200).extract().asString();
        }
        String line = errors.lines().filter(l -> l.startsWith("http_server_errors_total")).findFirst()
                .orElseThrow(() -> new AssertionError("the reset was not counted"));
        assertTrue(line.contains("kind=\"connection\""), line);
        assertTrue(!errors.contains("class=\"") && !errors.contains("Exception"), "metrics name an exception class: " + line);
    }

    /** A POST whose body is an input stream of unknown length: java.net.http sends it in chunks. */
    private HttpResponse<String> postChunked(byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/api/cases"))
                        .header("Authorization", "Bearer " + officerToken()).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String officerToken() {
        return Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator");
    }

    /** One request exactly as written (HTTP clients add Host and refuse Connection/Upgrade), the whole answer read back. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            java.io.InputStream in = socket.getInputStream();
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                    String text = answer.toString(java.nio.charset.StandardCharsets.UTF_8);
                    if (complete(text)) {
                        break;
                    }
                }
            } catch (java.net.SocketTimeoutException e) {
                // a kept-alive connection: what came is the answer
            }
            return answer.toString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** A whole answer with Content-Length has arrived (the connection may stay open after it). */
    private static boolean complete(String text) {
        int end = text.indexOf("\r\n\r\n");
        if (end < 0) {
            return false;
        }
        var length = java.util.regex.Pattern.compile("(?im)^content-length:\\s*(\\d+)").matcher(text.substring(0, end));
        return length.find() && text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length >= end + 4 + Integer.parseInt(length.group(1));
    }

    private String managementBase() {
        return org.mekong.jtf.common.testing.Management.base(management);
    }

    private List<Map<String, Object>> recorded() throws Exception {
        return JsonPath.from(upstream("GET")).getList("$");
    }

    private String upstream(String method) throws Exception {
        String url = ConfigProvider.getConfig().getValue("test.upstream.url", String.class);
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(url + "/__recorded")).method(method, HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body();
    }
}
