package org.mekong.jtf.taskforces;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.taskforces.Api.*;

/**
 * When the case service fails — 5xx, silence, a refused connection — linking a case is a fast 503
 * problem with Retry-After, never a hang or a 500; failures are retried, and once enough fail the
 * circuit opens and calls are refused without reaching the case service at all.
 */
@QuarkusTest
class CaseServiceFailureTest {

    @Inject
    CircuitBreakerMaintenance circuits;

    private static void mode(String mode) {
        given().baseUri(switchControl()).get("/" + mode).then().statusCode(200);
    }

    private static int attemptsSeen() {
        return Integer.parseInt(given().baseUri(switchControl()).get("/count").then().statusCode(200).extract().asString());
    }

    private static io.restassured.response.ValidatableResponse link(String caseId) {
        return as(VN_COMMANDER).body(Map.of("name", "Failure modes", "mandate", "m", "cases", List.of(caseId))).post(TASK_FORCES).then();
    }

    private static void unavailable(io.restassured.response.ValidatableResponse response) {
        response.statusCode(503).contentType("application/problem+json").header("Retry-After", notNullValue())
                .body("type", endsWith("/dependency-unavailable")).body("detail", containsString("case service"));
    }

    @AfterEach
    void backToNormal() {
        mode("forward");
        circuits.resetAll();
    }

    @Test
    void failuresAreRetriedThenA503AndTheCircuitOpens() {
        String caseId = openCase(VN_SUPERVISOR, unique("Failure case"));
        circuits.resetAll();
        mode("error");
        unavailable(link(caseId));
        assertEquals(3, attemptsSeen(), "one attempt and two retries");
        // the next call trips the breaker (the window of 4 is full of failures) after its first attempt
        mode("error");
        unavailable(link(caseId));
        assertEquals(1, attemptsSeen());
        // open: refused here, the case service is not even asked
        mode("error");
        unavailable(link(caseId));
        assertEquals(0, attemptsSeen());

        circuits.resetAll();
        mode("hang");
        unavailable(link(caseId));
        assertEquals(3, attemptsSeen(), "each attempt timed out");

        circuits.resetAll();
        mode("down");
        unavailable(link(caseId));

        circuits.resetAll();
        mode("forward");
        link(caseId).statusCode(201);
    }

    @Test
    void aCaseTheCallerMayNotSeeIsNotAFailureOfTheCaseService() {
        circuits.resetAll();
        // the case service answers 404 at once (the real one's answer may take longer than a timeout under load)
        mode("missing");
        String unknown = UUID.randomUUID().toString();
        for (int i = 0; i < 6; i++) {
            link(unknown).statusCode(422).body("violations[0].field", is("cases[0]"));
        }
        assertEquals(6, attemptsSeen(), "a 404 from the case service is not retried, and does not open the circuit");
        mode("forward");
        String ours = openCase(VN_SUPERVISOR, unique("Ours"));
        link(ours).statusCode(201);
    }
}
