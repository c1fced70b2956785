package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

/** What every response says about itself, and bodies the service refuses before doing any work. */
@QuarkusTest
class HttpEdgeTest {

    @Test
    void responsesAreNotCachedNorSniffed() {
        String caseId = openCase(VN_INVESTIGATOR, "Headers case");
        for (var response : new io.restassured.response.Response[]{
                as(VN_INVESTIGATOR).get("/api/cases/" + caseId), as(TH_INVESTIGATOR).get("/api/cases/" + caseId),
                io.restassured.RestAssured.given().get("/api/cases")}) {
            response.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void unknownAndServerOwnedPropertiesAreRefusedByName() throws Exception {
        long before = Db.count("select count(*) from joint_case");
        Map<String, Object> typo = new HashMap<>(caseBody("Typo case"));
        typo.put("priorty", "LOW");
        as(VN_INVESTIGATOR).body(typo).post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("priorty")).body("violations[0].message", containsString("unknown property"));
        for (String owned : new String[]{"id", "leadAgency", "version", "createdAt"}) {
            Map<String, Object> body = new HashMap<>(caseBody("Owned " + owned));
            body.put(owned, owned.equals("version") ? 7 : "x");
            as(VN_INVESTIGATOR).body(body).post("/api/cases").then().statusCode(400)
                    .body("violations[0].field", is(owned)).body("violations[0].message", containsString("set by the server"));
        }
        assertEquals(before, Db.count("select count(*) from joint_case"), "nothing was stored");
    }

    @Test
    void aBodyAboveTheLimitIs413ProblemJsonAndStoresNothing() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Big body case");
        long before = Db.count("select count(*) from subject");
        String alias = "\"" + "x".repeat(100) + "\"";
        String body = "{\"fullName\":\"Big\",\"nationality\":\"LA\",\"role\":\"COURIER\",\"status\":\"WANTED\",\"aliases\":["
                + String.join(",", java.util.Collections.nCopies(12_000, alias)) + "]}";
        as(VN_INVESTIGATOR).body(body).post("/api/cases/" + caseId + "/subjects").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413))
                .body("type", endsWith("/payload-too-large")).body("detail", containsString("1048576"));
        assertEquals(before, Db.count("select count(*) from subject"));
    }

    @Test
    void aChunkedBodyAboveTheLimitIs413AndNoServerError() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Chunked body case");
        long before = Db.count("select count(*) from subject");
        String body = "{\"fullName\":\"" + "x".repeat(1_200_000) + "\",\"nationality\":\"LA\",\"role\":\"COURIER\",\"status\":\"WANTED\"}";
        java.util.List<java.util.logging.LogRecord> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        java.util.logging.Handler capture = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                if (record.getLevel().intValue() >= java.util.logging.Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        // the mappers, and the REST and HTTP layers that would report a second answer to the same request
        var watched = java.util.List.of(org.mekong.jtf.common.problem.ProblemMappers.class.getName(), "org.jboss.resteasy.reactive",
                        "io.quarkus.vertx.http", "io.quarkus.resteasy.reactive").stream()
                .map(java.util.logging.Logger::getLogger).toList();
        watched.forEach(logger -> logger.addHandler(capture));
        String status;
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(5_000);
            var out = socket.getOutputStream();
            // Read while writing: the answer comes before the body is through, and is read before the close.
            var statusLine = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                            java.nio.charset.StandardCharsets.US_ASCII)).readLine();
                } catch (java.io.IOException e) {
                    return "read failed: " + e.getMessage();
                }
            });
            // Sent in chunks: no Content-Length to refuse it by, so it is refused while it is read.
            out.write(("POST /api/cases/" + caseId + "/subjects HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + VN_INVESTIGATOR + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] bytes = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            try {
                for (int offset = 0; offset < bytes.length; offset += 65_536) {
                    int length = Math.min(65_536, bytes.length - offset);
                    out.write((Integer.toHexString(length) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                    out.write(bytes, offset, length);
                    out.write("\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } catch (java.io.IOException closedOnUs) {
                // the service closes the connection after its 413, possibly before the last chunk
            }
            status = statusLine.get(5, java.util.concurrent.TimeUnit.SECONDS);
            Thread.sleep(500); // the reader's exception reaches the mapper after the answer
        } finally {
            watched.forEach(logger -> logger.removeHandler(capture));
        }
        assertEquals("HTTP/1.1 413 Request Entity Too Large", status);
        assertEquals(java.util.List.of(), errors.stream().map(java.util.logging.LogRecord::getMessage).toList(),
                "a refused body is not a server error");
        assertEquals(before, Db.count("select count(*) from subject"));
    }
}
