package org.mekong.jtf.common.testing;

import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * What every service of the suite answers before any domain endpoint: ready on its database, the
 * shared problem+json for unknown paths and missing tokens, request ids, and metrics. A service's
 * test extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

    @Test
    void readyOnItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void unknownApiPathIsProblemJson() {
        given().header("X-Request-Id", "contract-404").get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "contract-404")
                .body("requestId", is("contract-404"))
                .body("type", startsWith("https://mekong-jtf.example/problems/"));
    }

    @Test
    void exposesPrometheusMetrics() {
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
