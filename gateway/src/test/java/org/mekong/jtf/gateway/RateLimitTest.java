package org.mekong.jtf.gateway;

import org.mekong.jtf.common.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@TestProfile(RateLimitTest.TinyLimit.class)
class RateLimitTest {

    public static class TinyLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.officer.requests-per-second", "1",
                    "gateway.rate-limit.officer.burst", "3",
                    "gateway.rate-limit.agency.requests-per-second", "1",
                    "gateway.rate-limit.agency.burst", "5");
        }
    }

    @Test
    void officerOverTheLimitGets429WithRetryAfterAndRateLimitHeadersBefore() {
        // Unknown path: the limit applies before routing, so no upstream is needed.
        String token = Tokens.officer("officer-th-9", "TH-ONCB", "TH", "investigator");
        Response first = call(token);
        assertEquals(404, first.statusCode());
        assertEquals("3", first.header("RateLimit-Limit"));
        assertEquals("2", first.header("RateLimit-Remaining"));
        assertTrue(Integer.parseInt(first.header("RateLimit-Reset")) >= 1);

        Response limited = firstLimited(token, 1);
        limited.then()
                .contentType("application/problem+json")
                .body("type", equalTo("https://mekong-jtf.example/problems/too-many-requests"))
                .body("status", equalTo(429))
                .body("detail", containsString("officer"));
        assertTrue(Integer.parseInt(limited.header("Retry-After")) >= 1);
        assertEquals("0", limited.header("RateLimit-Remaining"));

        // Another officer (of another agency) has buckets of their own.
        assertEquals(404, call(Tokens.officer("officer-la-3", "LA-MPS", "LA", "investigator")).statusCode());
    }

    @Test
    void officersOfOneAgencyShareItsBucket() {
        Response limited = null;
        int allowed = 0;
        for (int i = 0; i < 30 && limited == null; i++) {
            // Four officers in turn: none of them reaches their own limit of 3 before the agency's 5 is spent.
            Response response = call(Tokens.officer("kh-officer-" + (i % 4), "KH-NACD", "KH", "investigator"));
            if (response.statusCode() == 429) {
                limited = response;
            } else {
                assertEquals(404, response.statusCode());
                allowed++;
            }
        }
        assertTrue(limited != null && allowed >= 5, "allowed " + allowed);
        limited.then().body("detail", containsString("agency"));
    }

    private static Response call(String token) {
        return given().header("Authorization", "Bearer " + token).get("/api/nowhere");
    }

    private static Response firstLimited(String token, int alreadyMade) {
        int allowed = alreadyMade;
        for (int i = 0; i < 20; i++) {
            Response response = call(token);
            if (response.statusCode() == 429) {
                assertTrue(allowed >= 3, "the burst of 3 must be allowed first, got " + allowed);
                return response;
            }
            assertEquals(404, response.statusCode());
            allowed++;
        }
        throw new AssertionError("no 429 after 20 calls with a burst of 3 and 1 call/s");
    }
}
