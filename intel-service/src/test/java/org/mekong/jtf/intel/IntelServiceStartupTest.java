package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

/** The service starts on its own database, migrates it and reports ready; its domain comes in later issues. */
@QuarkusTest
class IntelServiceStartupTest {

    @Test
    void readyOnItsDatabase() {
        given().get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
    }

    @Test
    void unknownApiPathIsProblemJson() {
        given().get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json").body("requestId", notNullValue());
    }

    @Test
    void exposesMetrics() {
        given().get("/q/metrics").then().statusCode(200);
    }
}
