package org.mekong.jtf.gateway;

import org.mekong.jtf.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {

    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.requests-per-second", "1",
                    "gateway.rate-limit.burst", "3");
        }
    }

    @Test
    void callerOverTheLimitGets429WithRetryAfter() {
        // Unknown path: the limit applies before routing, so no upstream is needed.
        String token = Tokens.officer("officer-th-9", "VN-C04", "VN", "investigator");
        Response limited = firstLimited(token);
        limited.then()
                .contentType("application/problem+json")
                .body("type", equalTo("https://mekong-jtf.example/problems/too-many-requests"))
                .body("status", equalTo(429));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);

        // Another officer has a bucket of their own.
        given().header("Authorization", "Bearer " + Tokens.officer("officer-la-3", "VN-C04", "VN", "investigator"))
                .get("/api/nowhere").then().statusCode(404);
    }

    @Test
    void anonymousCallersAreLimitedByAddress() {
        Response limited = firstLimited(null);
        assertEquals("application/problem+json", limited.contentType());
    }

    private static Response firstLimited(String token) {
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            var request = given();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            Response response = request.get("/api/nowhere");
            if (response.statusCode() == 429) {
                assertTrue(allowed >= 3, "the burst of 3 must be allowed first, got " + allowed);
                return response;
            }
            assertEquals(token == null ? 401 : 404, response.statusCode());
            allowed++;
        }
        throw new AssertionError("no 429 after 20 calls with a burst of 3 and 1 call/s");
    }
}
