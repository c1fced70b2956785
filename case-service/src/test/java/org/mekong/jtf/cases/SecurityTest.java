package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

/** Every service verifies tokens itself: signature, issuer, audience, expiry, required claims; roles per endpoint. */
@QuarkusTest
class SecurityTest {

    @Test
    void noTokenIs401ProblemJson() {
        given().get("/api/cases").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", endsWith("/unauthenticated"))
                .body("status", is(401))
                .body("requestId", notNullValue());
    }

    @Test
    void brokenTokensAre401() {
        String[] refused = {
                Tokens.expired("VN-C04", "VN", "investigator"),
                Tokens.wrongIssuer("VN-C04", "VN", "investigator"),
                Tokens.wrongAudience("VN-C04", "VN", "investigator"),
                Tokens.foreignKey("VN-C04", "VN", "investigator"),
                Tokens.tampered("TH-ONCB", "TH", "VN-C04", "investigator"),
                Tokens.withoutAgency("VN", "investigator"),
                // correctly signed, but of a shape no service can act on
                Tokens.with(c -> c.claim("agency", java.util.List.of("VN-C04", "TH-ONCB"))),
                Tokens.with(c -> c.claim("agency", 42)),
                Tokens.with(c -> c.claim("country", java.util.List.of("VN"))),
                Tokens.with(c -> c.claim("country", "TH")),
                Tokens.with(c -> c.expiresAt(System.currentTimeMillis() / 1000 + 100L * 365 * 24 * 3600)),
                "not-a-jwt"};
        for (String token : refused) {
            given().auth().oauth2(token).get("/api/cases").then().statusCode(401)
                    .contentType("application/problem+json").body("title", is("Unauthenticated"));
        }
    }

    @Test
    void wrongRoleIs403() {
        // auditors read the audit log, not cases; analysts do not open cases
        as(VN_AUDITOR).get("/api/cases").then().statusCode(403)
                .contentType("application/problem+json").body("type", endsWith("/forbidden"));
        as(VN_ANALYST).body(caseBody("Analyst may not open")).post("/api/cases").then().statusCode(403);
        as(VN_INVESTIGATOR).get("/api/audit/cases/verify").then().statusCode(403);
        as(VN_INVESTIGATOR).get("/api/statistics?country=VN").then().statusCode(403);
    }

    @Test
    void requestIdAndTraceparentAreEchoed() {
        as(VN_INVESTIGATOR).header("X-Request-Id", "req-abc-123").get("/api/agencies").then().statusCode(200)
                .header("X-Request-Id", "req-abc-123")
                .header("traceparent", matchesPattern("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}"));
    }

    @Test
    void locationNamesTheAddressTheGatewayForwardsNotTheServicesOwn() {
        // The tests call from 127.0.0.1, which the services trust as the gateway (TRUSTED_PROXIES).
        String location = as(VN_INVESTIGATOR).header("X-Forwarded-Host", "jtf.example.org:8443")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7")
                .body(caseBody("Forwarded case", "TH-ONCB")).post("/api/cases")
                .then().statusCode(201).extract().header("Location");
        org.junit.jupiter.api.Assertions.assertTrue(location.matches("https://jtf\\.example\\.org:8443/api/cases/[0-9a-f-]{36}"), location);
        as(VN_INVESTIGATOR).get(location.substring("https://jtf.example.org:8443".length())).then().statusCode(200);
    }
}
