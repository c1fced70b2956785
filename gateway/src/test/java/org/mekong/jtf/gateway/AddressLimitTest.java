package org.mekong.jtf.gateway;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The per-address bucket is taken before a token is looked at: a flood of bad tokens buys no signature checks. */
@QuarkusTest
@TestProfile(AddressLimitTest.TinyAddressLimit.class)
class AddressLimitTest {

    public static class TinyAddressLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.rate-limit.address.requests-per-second", "1",
                    "gateway.rate-limit.address.burst", "3");
        }
    }

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void aFloodOfBadTokensIsThrottledBeforeAnyVerification() {
        double before = rejectedTokens();
        int refused = 0;
        int unauthenticated = 0;
        // Well-formed but signed with a key the suite does not trust: never cached, always a signature check.
        String forged = Tokens.foreignKey("VN-C04", "VN", "investigator");
        long started = System.nanoTime();
        for (int i = 0; i < 30; i++) {
            Response response = given().header("Authorization", "Bearer " + forged)
                    .get("/api/cases");
            if (response.statusCode() == 429) {
                refused++;
                response.then().contentType("application/problem+json").body("detail", containsString("address"));
            } else {
                assertEquals(401, response.statusCode());
                unauthenticated++;
            }
        }
        double elapsedSeconds = (System.nanoTime() - started) / 1e9;
        // Anonymous calls share the bucket: of five at once, one at most can find a token refilled (1 a second).
        int anonymousRefused = 0;
        for (int i = 0; i < 5; i++) {
            anonymousRefused += given().get("/api/cases").statusCode() == 429 ? 1 : 0;
        }
        double verified = rejectedTokens() - before;
        // The bucket admits its burst (3) and one call per second since: however slow this machine, no more.
        assertTrue(unauthenticated <= 3 + Math.ceil(elapsedSeconds) + 1,
                unauthenticated + " admitted in " + elapsedSeconds + " s");
        assertTrue(refused >= 30 - (3 + Math.ceil(elapsedSeconds) + 1), "refused " + refused);
        // Only the calls the address bucket admitted reached the signature check.
        assertEquals(unauthenticated, (int) verified);
        assertTrue(anonymousRefused >= 4, "anonymous calls refused: " + anonymousRefused + " of 5");
    }

    private double rejectedTokens() {
        String metrics = given().baseUri(org.mekong.jtf.common.testing.Management.base(management)).get("/q/metrics").asString();
        Matcher m = Pattern.compile("gateway_tokens_total\\{result=\"rejected\"\\} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
