package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

/** What every response says about itself, and bodies the service refuses before doing any work. */
@QuarkusTest
class HttpEdgeTest {

    @Test
    void responsesAreNotCachedNorSniffed() {
        String caseId = openCase(VN_INVESTIGATOR, "Headers case");
        for (var response : new io.restassured.response.Response[]{
                as(VN_INVESTIGATOR).get("/api/cases/" + caseId), as(TH_INVESTIGATOR).get("/api/cases/" + caseId),
                io.restassured.RestAssured.given().get("/api/cases")}) {
            response.then().header("Cache-Control", "no-store").header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    void unknownAndServerOwnedPropertiesAreRefusedByName() throws Exception {
        long before = Db.count("select count(*) from joint_case");
        Map<String, Object> typo = new HashMap<>(caseBody("Typo case"));
        typo.put("priorty", "LOW");
        as(VN_INVESTIGATOR).body(typo).post("/api/cases").then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", is("priorty")).body("violations[0].message", containsString("unknown property"));
        for (String owned : new String[]{"id", "leadAgency", "version", "createdAt"}) {
            Map<String, Object> body = new HashMap<>(caseBody("Owned " + owned));
            body.put(owned, owned.equals("version") ? 7 : "x");
            as(VN_INVESTIGATOR).body(body).post("/api/cases").then().statusCode(400)
                    .body("violations[0].field", is(owned)).body("violations[0].message", containsString("set by the server"));
        }
        assertEquals(before, Db.count("select count(*) from joint_case"), "nothing was stored");
    }

    @Test
    void aBodyAboveTheLimitIs413ProblemJsonAndStoresNothing() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Big body case");
        long before = Db.count("select count(*) from subject");
        String alias = "\"" + "x".repeat(100) + "\"";
        String body = "{\"fullName\":\"Big\",\"nationality\":\"LA\",\"role\":\"COURIER\",\"status\":\"WANTED\",\"aliases\":["
                + String.join(",", java.util.Collections.nCopies(12_000, alias)) + "]}";
        as(VN_INVESTIGATOR).body(body).post("/api/cases/" + caseId + "/subjects").then().statusCode(413)
                .contentType("application/problem+json").body("status", is(413))
                .body("type", endsWith("/payload-too-large")).body("detail", containsString("1048576"));
        assertEquals(before, Db.count("select count(*) from subject"));
    }
}
