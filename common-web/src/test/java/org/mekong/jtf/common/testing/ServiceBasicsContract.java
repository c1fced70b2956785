package org.mekong.jtf.common.testing;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.Test;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/**
 * What every service of the suite answers before any domain endpoint: ready on its database (on the
 * management port, not the API port), the shared problem+json for unknown paths and missing tokens,
 * request ids, and metrics tagged by route template. A service's test extends it and adds {@code @QuarkusTest}.
 */
public abstract class ServiceBasicsContract {

    @TestHTTPResource(value = "/", management = true)
    URL management;

    @Test
    void readyOnItsDatabase() {
        given().baseUri(base()).get("/q/health/ready").then().statusCode(200).body("status", is("UP"));
        given().baseUri(base()).get("/q/health/live").then().statusCode(200);
    }

    @Test
    void managementEndpointsAreNotOnTheApiPort() {
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui"}) {
            given().get(path).then().statusCode(404);
        }
    }

    @Test
    void unknownApiPathIsProblemJson() {
        given().header("X-Request-Id", "contract-404").get("/api/nothing-here").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Request-Id", "contract-404")
                .body("requestId", is("contract-404"))
                .body("type", startsWith("https://mekong-jtf.example/problems/"));
    }

    /**
     * Every operation the service publishes refuses a caller without a token (401), before anything
     * else; the only ones that do not are those it means to be public: the audit log's public key,
     * with which anyone checks a signed checkpoint.
     */
    @Test
    void everyPublishedOperationRefusesACallerWithoutAToken() {
        java.util.Map<String, java.util.Map<String, Object>> paths = given().baseUri(base())
                .accept("application/json").get("/q/openapi").then().statusCode(200).extract().jsonPath().getMap("paths");
        int checked = 0;
        for (var path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            String concrete = path.getKey().replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            for (var operation : path.getValue().entrySet()) {
                String method = operation.getKey().toUpperCase(java.util.Locale.ROOT);
                if (!java.util.Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    continue;
                }
                if (PUBLIC.matcher(method + " " + path.getKey()).matches()) {
                    continue;
                }
                int status = given().contentType("application/json").body("{}").request(method, concrete).then().extract().statusCode();
                org.junit.jupiter.api.Assertions.assertEquals(401, status, method + " " + path.getKey());
                checked++;
            }
        }
        org.junit.jupiter.api.Assertions.assertTrue(checked > 5, "the service publishes its operations: " + checked);
    }

    private static final java.util.regex.Pattern PUBLIC = java.util.regex.Pattern.compile("GET /api/audit/[a-z-]+/public-key");

    @Test
    void metricsAreTaggedByRouteTemplateNotRawPath() {
        String probe = "/api/nothing-here/" + java.util.UUID.randomUUID();
        given().get(probe).then().statusCode(404);
        given().header("Authorization", "Bearer not-a-token").get("/api/cases/" + java.util.UUID.randomUUID()).then()
                .statusCode(anyOf(is(401), is(404)));
        String metrics = given().baseUri(base()).get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests")).extract().asString();
        // Ids and whatever a caller sends never become a series of their own.
        assertNoRawPath(metrics, probe);
        org.junit.jupiter.api.Assertions.assertFalse(metrics.matches("(?s).*uri=\"[^\"]*[0-9a-f]{8}-[0-9a-f]{4}-[^\"]*\".*"),
                "a metric is tagged with a raw id");
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains("Exception\""), "a metric names an exception class");
    }

    private static void assertNoRawPath(String metrics, String path) {
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(path), "metrics carry the raw path " + path);
    }

    private String base() {
        return org.mekong.jtf.common.testing.Management.base(management);
    }
}
