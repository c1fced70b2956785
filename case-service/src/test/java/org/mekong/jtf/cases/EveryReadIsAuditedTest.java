package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

/**
 * Every GET under a case that the service publishes (read from its own OpenAPI document, so a new
 * record type is included the day it is added) leaves an audit entry for the request. A record type
 * this test has no sample body for fails it: add one below.
 */
@QuarkusTest
class EveryReadIsAuditedTest {

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;


    @Test
    void everyReadOfACaseOrItsRecordsIsAudited() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Every read case", "LA-MPS");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Read person", "LA");
        Map<String, Map<String, Object>> samples = recordSamples(subject);
        Map<String, Object> document = io.restassured.RestAssured.given().baseUri(org.mekong.jtf.common.testing.Management.base(management)).accept("application/json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        TreeSet<String> reads = new TreeSet<>();
        document.forEach((path, operations) -> {
            if (path.startsWith("/api/cases/{") && ((Map<?, ?>) operations).containsKey("get")) {
                reads.add(path);
            }
        });
        assertTrue(reads.size() >= 12, "the case service publishes its reads: " + reads);
        Map<String, String> created = new HashMap<>();
        int n = 0;
        for (String template : reads) {
            List<String> segments = List.of(template.split("/"));
            // /api/cases/{x}[/kind[/{y}]]
            String kind = segments.size() > 4 ? segments.get(4) : null;
            String path = template.replaceFirst("\\{[^}]+}", caseId);
            if (segments.size() > 5) {
                String id = created.computeIfAbsent(kind, k -> {
                    assertTrue(samples.containsKey(k), "no sample body for the new record type '" + k + "': add one to this test");
                    return as(creatorOf(k)).body(samples.get(k)).post("/api/cases/" + caseId + "/" + k).then().statusCode(201).extract().path("id");
                });
                path = path.replaceFirst("\\{[^}]+}", id);
            }
            String requestId = "every-read-" + n++;
            as(VN_ANALYST).header("X-Request-Id", requestId).get(path).then().statusCode(200);
            assertTrue(Db.count("select count(*) from audit_log where request_id = '" + requestId + "' and outcome = 'granted'") > 0,
                    "GET " + template + " left no audit entry");
        }
    }
}
