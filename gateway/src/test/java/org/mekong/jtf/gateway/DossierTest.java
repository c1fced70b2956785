package org.mekong.jtf.gateway;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(DossierUpstreams.class)
class DossierTest {

    private static final String TOKEN = Tokens.officer("vn-liaison-1", "VN-C04", "VN", "liaison");
    private static final String DOSSIER = "/api/dossiers/" + DossierUpstreams.CASE_ID;

    @AfterEach
    void everyServiceAnswersAgain() throws Exception {
        DossierUpstreams.allAnswer();
    }

    @Test
    void theDossierGathersEveryPartWithTheCallersOwnToken() throws Exception {
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(200)
                .contentType("application/json")
                .header("Cache-Control", "no-store")
                .body("case.reference", is("JI-2026-TEST-0001"))
                .body("subjects[0].fullName", is("Nguyễn Văn Hùng"))
                .body("arrests", hasSize(1)).body("seizures", empty())
                // by id and by reference, each report once
                .body("intelReports.id", contains("r1", "r2"))
                // open threads only
                .body("hotlineThreads.id", contains("m1"))
                // correlation hits of the case's records, as the intel service lets the caller see them
                .body("correlationHits.heldBy", contains("LA-MPS"))
                .body("taskForces[0].reference", is("TF-1"))
                .body("taskForces[0].deployments.id", contains("d1"))
                .body("taskForces[0].tasks.id", contains("t1", "t2"))
                // the most restrictive marking of what it contains
                .body("tlp", is("AMBER+STRICT")).body("handling", is("H2"))
                .body("complete", is(true)).body("degraded", empty()).body("withheld", empty())
                .body("truncated[0].part", is("timeline")).body("truncated[0].shown", is(1)).body("truncated[0].total", is(250))
                .body("generatedFor.agency", is("VN-C04"));
        for (String service : List.of("case-service", "intel-service", "task-force-service")) {
            List<Map<String, Object>> calls = JsonPath.from(DossierUpstreams.mode(service, "ok")).getList("$");
            assertTrue(!calls.isEmpty(), service + " was not asked");
            calls.forEach(call -> assertEquals("Bearer " + TOKEN, call.get("authorization"), service + " " + call.get("uri")));
        }
    }

    @Test
    void aSilentServiceDegradesTheDossierInsteadOfHangingIt() throws Exception {
        DossierUpstreams.mode("intel-service", "hang");
        long started = System.nanoTime();
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(200)
                .body("complete", is(false))
                .body("case.reference", is("JI-2026-TEST-0001"))
                .body("taskForces", hasSize(1))
                .body("intelReports", nullValue()).body("hotlineThreads", nullValue())
                .body("degraded.part", hasItems("intelReports", "earlyWarnings", "hotlineThreads"))
                .body("degraded.service", everyItem(is("intel-service")))
                .body("degraded[0].reason", containsString("did not answer within 700 ms"));
        long millis = (System.nanoTime() - started) / 1_000_000;
        // two waves at most (the reports cited by reference wait for the case): well under the 10 s a hang would take
        assertTrue(millis < 4_000, "took " + millis + " ms");

        DossierUpstreams.mode("task-force-service", "error");
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(200)
                .body("taskForces", nullValue())
                .body("degraded.find { it.part == 'taskForces' }.reason", containsString("answered HTTP 503"));
    }

    @Test
    void aPartTheCallersRoleMayNotReadIsWithheldNotDegraded() throws Exception {
        DossierUpstreams.mode("task-force-service", "forbidden");
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(200)
                .body("taskForces", nullValue())
                .body("withheld[0].part", is("taskForces")).body("degraded", empty()).body("complete", is(false));
    }

    @Test
    void theCaseDecidesWhetherThereIsADossierAtAll() throws Exception {
        given().header("Authorization", "Bearer " + TOKEN).get("/api/dossiers/7d3c2a10-0000-4000-8000-00000000dead").then()
                .statusCode(404).contentType("application/problem+json").body("type", endsWith("/not-found"));
        given().header("Authorization", "Bearer " + TOKEN).get("/api/dossiers/not-a-case").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("UUID"));
        given().header("Authorization", "Bearer " + TOKEN).post(DOSSIER).then().statusCode(405).header("Allow", "GET");
        given().get(DOSSIER).then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + TOKEN).get("/api/dossiers").then().statusCode(404);
        DossierUpstreams.mode("case-service", "forbidden");
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(403).contentType("application/problem+json");
        // The case service refuses a token the gateway accepted: a 401 the client can act on, with its challenge.
        DossierUpstreams.mode("case-service", "unauthorized");
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(401)
                .contentType("application/problem+json").header("WWW-Authenticate", containsString("invalid_token"))
                .body("type", endsWith("/unauthenticated"));
        // The case service down: what the others have, the case part degraded.
        DossierUpstreams.mode("case-service", "error");
        given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER).then().statusCode(200)
                .body("case", nullValue()).body("taskForces", hasSize(1))
                .body("degraded.part", hasItems("case", "subjects", "timeline"));
    }

    @Test
    void thePdfCarriesTheMarkingOnEveryPageAndSaysWhatIsMissing() throws Exception {
        Response pdf = given().header("Authorization", "Bearer " + TOKEN).get(DOSSIER + "/pdf");
        pdf.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("dossier-JI-2026-TEST-0001.pdf"));
        String text = pages(pdf.asByteArray(), true);
        assertTrue(text.contains("Nguyễn Văn Hùng"), "Vietnamese is rendered: " + text);
        assertTrue(text.contains("Every service answered. Cut: timeline shows 1 of 250."), text);

        DossierUpstreams.mode("intel-service", "error");
        byte[] degraded = given().header("Authorization", "Bearer " + TOKEN).accept("application/pdf").get(DOSSIER)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        String degradedText = pages(degraded, false);
        assertTrue(degradedText.contains("Incomplete dossier"), degradedText);
        assertTrue(degradedText.contains("intelReports"), degradedText);
    }

    /** All pages' text; each page is checked for the marking of the complete dossier (AMBER+STRICT, H2) or of the case alone. */
    private static String pages(byte[] pdf, boolean complete) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = extractor.getTextFromPage(page);
            String tlp = complete ? "TLP:AMBER+STRICT" : "TLP:AMBER";
            assertTrue(text.contains(tlp), "page " + page + " lacks " + tlp + ": " + text);
            assertTrue(text.contains(complete ? "handling H2" : "no handling code"), "page " + page + ": " + text);
            all.append(text).append('\n');
        }
        reader.close();
        return all.toString();
    }
}
