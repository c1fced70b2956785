package org.mekong.jtf.gateway;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** Browsers may call the API only from the origins an operator allows. */
@QuarkusTest
@TestProfile(CorsTest.OneOrigin.class)
class CorsTest {

    public static class OneOrigin implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", "https://jtf.example.org");
        }
    }

    @Test
    void anAllowedOriginMayCallWithABearerToken() {
        given().header("Origin", "https://jtf.example.org").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/cases")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", is("https://jtf.example.org"))
                .header("Access-Control-Allow-Headers", containsStringIgnoringCase("Authorization"));
    }

    @Test
    void anyOtherOriginIsRefused() {
        given().header("Origin", "https://evil.example").header("Access-Control-Request-Method", "GET")
                .options("/api/cases")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
