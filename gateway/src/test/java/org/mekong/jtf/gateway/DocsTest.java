package org.mekong.jtf.gateway;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;

/** One API page for the suite, on the API port: the gateway's own document and each service's, through the gateway. */
@QuarkusTest
@WithTestResource(DossierUpstreams.class)
class DocsTest {


    @AfterEach
    void everyServiceAnswersAgain() throws Exception {
        DossierUpstreams.allAnswer();
    }

    @Test
    void thePageAndItsScriptsAreServedWithoutAToken() {
        given().redirects().follow(false).get("/docs").then().statusCode(anyOf(is(301), is(302))).header("Location", endsWith("/docs/"));
        given().get("/docs/").then().statusCode(200).contentType(containsString("text/html"))
                .body(containsString("swagger-ui-bundle.js")).body(containsString("/docs/ui.js"));
        given().get("/docs/ui.js").then().statusCode(200).body(containsString("/docs/openapi/intel-service"));
        // the webjar version named in index.html is the one on the classpath
        given().get("/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/webjars/swagger-ui/5.34.1/swagger-ui.css").then().statusCode(200);
    }

    @Test
    void theGatewaysOwnDocumentDescribesTheDossierAndTheBearerScheme() {
        given().get("/docs/openapi/gateway").then().statusCode(200)
                .body(containsString("/api/dossiers/{caseId}:")).body(containsString("scheme: bearer"))
                .body(containsString("url: /"));
    }

    @Test
    void eachServicesDocumentIsServedWithTheGatewayAsItsServer() {
        given().get("/docs/openapi/case-service").then().statusCode(200).contentType(containsString("application/json"))
                .body("info.title", is("case-service"))
                .body("servers.url", contains("/"))
                .body("paths", hasKey("/api/case-service-things"))
                // every call through the gateway needs a token: "Try it out" must send one for every operation
                .body("security[0]", hasKey("SecurityScheme"));
        given().get("/docs/openapi/nothing").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aServiceThatIsDownGivesAPlaceholderNotABrokenPage() throws Exception {
        DossierUpstreams.mode("task-force-service", "error");
        given().get("/docs/openapi/task-force-service").then().statusCode(200)
                .header("X-Document-Stale", "true")
                .body("info.title", is("task-force-service (unavailable)"))
                .body("info.description", containsString("did not give its API document"));
        DossierUpstreams.mode("task-force-service", "ok");
        // not cached as if it were the document: the next reader gets the real one
        given().get("/docs/openapi/task-force-service").then().statusCode(200).body("info.title", is("task-force-service"));
        // once fetched, a copy is kept: an outage now does not take the document away
        DossierUpstreams.mode("task-force-service", "error");
        given().get("/docs/openapi/task-force-service").then().statusCode(200).body("info.title", is("task-force-service"));
    }
}
