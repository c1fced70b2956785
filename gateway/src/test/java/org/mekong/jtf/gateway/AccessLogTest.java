package org.mekong.jtf.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(UpstreamStub.class)
class AccessLogTest {

    private static final String CATEGORY = "org.mekong.jtf.gateway.access";

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void listen() {
        Logger.getLogger(CATEGORY).addHandler(capture);
    }

    @AfterEach
    void stopListening() {
        Logger.getLogger(CATEGORY).removeHandler(capture);
    }

    @Test
    void oneLinePerCallWithStatusSizeAndRequestIdButNeverTheToken() throws Exception {
        String token = Tokens.officer("officer-vn-17", "VN-C04", "VN", "investigator");
        long size = given().header("Authorization", "Bearer " + token).header("X-Request-Id", "access-log-1")
                .when().get("/api/cases/12/seizures?page=2&q=Somchai&Vilaysack")
                .then().statusCode(200).extract().response().asByteArray().length;
        given().header("X-Request-Id", "access-log-2")
                .when().get("/api/cases/13")
                .then().statusCode(401);

        String proxied = awaitLine("rid=access-log-1");
        // Of the query only the names: a value may be a token or what an investigator searched for.
        assertTrue(proxied.matches("127\\.0\\.0\\.1 \"GET /api/cases/12/seizures\\?page=\\*\\*\\*&q=\\*\\*\\*&\\*\\*\\* HTTP/1\\.1\" 200 " + size
                + " \\d+ ms rid=access-log-1"), proxied);
        String refused = awaitLine("rid=access-log-2");
        assertTrue(refused.matches("127\\.0\\.0\\.1 \"GET /api/cases/13 HTTP/1\\.1\" 401 \\d+ \\d+ ms rid=access-log-2"), refused);
        assertEquals(1, lines.stream().filter(line -> line.endsWith("rid=access-log-1")).count());
        // A token in the query (some clients put it there) is not logged either.
        given().header("X-Request-Id", "access-log-3").when().get("/api/cases/14?access_token=" + token).then().statusCode(401);
        String queried = awaitLine("rid=access-log-3");
        assertTrue(queried.contains("\"GET /api/cases/14?access_token=*** HTTP/1.1\" 401"), queried);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        assertFalse(lines.stream().anyMatch(line -> line.contains(signature) || line.contains("Bearer") || line.contains("Somchai")
                        || line.contains("Vilaysack")),
                lines.toString());
    }

    /** Lines are written by a background thread every 100 ms: wait a little for ours. */
    private String awaitLine(String ending) throws InterruptedException {
        for (int i = 0; i < 50; i++) {
            for (String line : lines) {
                if (line.endsWith(ending)) {
                    return line;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no access log line ending " + ending + " in " + lines);
    }
}
