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
        // Anonymous calls share the bucket.
        int anonymous = given().get("/api/cases").statusCode();
        double verified = rejectedTokens() - before;
        assertTrue(refused >= 20, "refused " + refused);
        // Only the calls the address bucket admitted reached the signature check.
        assertEquals(unauthenticated, (int) verified);
        assertEquals(429, anonymous);
    }

    private double rejectedTokens() {
        String metrics = given().baseUri(org.mekong.jtf.common.testing.Management.base(management)).get("/q/metrics").asString();
        Matcher m = Pattern.compile("gateway_tokens_total\\{result=\"rejected\"\\} ([0-9.E]+)").matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
