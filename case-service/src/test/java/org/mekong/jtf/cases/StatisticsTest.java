package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.testing.Tokens;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.as;

/**
 * Statistics over a seeded 2019 data set (no other test writes records dated 2019), entered after
 * the fact: counted by the dates things happened, with foreigners and a joint seizure counted once.
 */
@QuarkusTest
class StatisticsTest {

    private static boolean seeded;

    static final String MM_INV = Tokens.officer("mm-inv", "MM-CCDAC", "MM", "investigator");
    static final String MM_SUP = Tokens.officer("mm-sup", "MM-CCDAC", "MM", "supervisor");
    static final String MM_ANALYST = Tokens.officer("mm-ana", "MM-CCDAC", "MM", "analyst");
    static final String CN_INV = Tokens.officer("cn-inv", "CN-NNCC", "CN", "investigator");
    static final String CN_ANALYST = Tokens.officer("cn-ana", "CN-NNCC", "CN", "analyst");
    static final String VN_BDBP_INV = Tokens.officer("bdbp-inv", "VN-BDBP", "VN", "investigator");

    /** Seeded once, before the first test, when the application (and its HTTP port) is up. */
    @BeforeEach
    void seedOnce() {
        if (seeded) {
            return;
        }
        seeded = true;
        String a = openCase(MM_INV, "Shan state lab network", "2019-03-01", "CN-NNCC", "VN-C04", "VN-BDBP");
        String b = openCase(MM_INV, "Tachileik couriers", "2019-08-01");
        openCase(MM_INV, "Older case", "2018-12-31");
        String hiddenFromMm = openCase(CN_INV, "CN-only case", "2019-05-05");

        String mmNational = subject(MM_INV, a, "Aung Ko", "MM");
        String cnNational = subject(MM_INV, a, "王伟", "CN");
        String thNational = subject(MM_INV, a, "Somchai K.", "TH");
        String later = subject(MM_INV, a, "Later Arrest", "MM");
        arrest(MM_INV, a, mmNational, "MM-CCDAC", "MM", "2019-04-01T08:00:00Z");
        arrest(MM_INV, a, cnNational, "MM-CCDAC", "MM", "2019-04-02T08:00:00Z");
        arrest(CN_INV, a, thNational, "CN-NNCC", "CN", "2019-04-03T08:00:00Z");
        arrest(MM_INV, a, later, "MM-CCDAC", "MM", "2020-01-02T08:00:00Z");

        seize(MM_INV, a, "HEROIN", 10, "KG", List.of("MM-CCDAC", "CN-NNCC"), "MM", "2019-06-01T00:00:00Z");
        seize(MM_INV, a, "HEROIN", 500, "G", List.of("MM-CCDAC"), "MM", "2019-06-02T00:00:00Z");
        seize(MM_INV, a, "METHAMPHETAMINE_TABLETS", 1_000_000, "TABLETS", List.of("MM-CCDAC"), "MM", "2019-07-01T00:00:00Z");
        seize(MM_INV, a, "HEROIN", 5, "KG", List.of("MM-CCDAC"), "MM", "2020-01-01T00:00:00Z");
        seize(CN_INV, a, "CRYSTAL_METHAMPHETAMINE", 20, "KG", List.of("CN-NNCC"), "CN", "2019-06-03T00:00:00Z");
        // one joint seizure by two agencies of the same country: one seizure, 7 kg
        seize(VN_BDBP_INV, a, "HEROIN", 7, "KG", List.of("VN-C04", "VN-BDBP"), "VN", "2019-09-09T00:00:00Z");
        seize(CN_INV, hiddenFromMm, "HEROIN", 100, "KG", List.of("CN-NNCC"), "CN", "2019-06-04T00:00:00Z");

        asset(MM_INV, a, Map.of("type", "CAR", "count", 2, "country", "MM", "seizedAt", "2019-06-01T00:00:00Z"));
        asset(MM_INV, b, Map.of("type", "CAR", "count", 1, "country", "MM", "seizedAt", "2019-09-01T00:00:00Z"));
        asset(MM_INV, a, Map.of("type", "CASH", "count", 1, "estimatedValue", 10000, "currency", "USD",
                "country", "MM", "seizedAt", "2019-06-01T00:00:00Z"));
    }

    @Test
    void countryFiguresCountByEventDate() {
        as(MM_ANALYST).get("/api/statistics?country=MM&from=2019-01-01&to=2019-12-31").then().statusCode(200)
                .body("country", is("MM"))
                .body("casesProcessed", is(2))
                .body("personsArrested", is(2))
                .body("foreignersArrested", is(1))
                .body("seizures.find { it.substance == 'HEROIN' }.seizureCount", is(2))
                .body("seizures.find { it.substance == 'HEROIN' }.quantities.KG", is(10.0f))
                .body("seizures.find { it.substance == 'HEROIN' }.quantities.G", is(500.0f))
                .body("seizures.find { it.substance == 'HEROIN' }.kgEquivalent", is(10.5f))
                .body("seizures.find { it.substance == 'METHAMPHETAMINE_TABLETS' }.quantities.TABLETS", is(1000000.0f))
                .body("seizures.find { it.substance == 'METHAMPHETAMINE_TABLETS' }.kgEquivalent", is(100.0f))
                .body("seizures.substance", not(hasItem("CRYSTAL_METHAMPHETAMINE")))
                .body("assets.find { it.type == 'CAR' }.count", is(3))
                .body("assets.find { it.type == 'CASH' }.estimatedValue.USD", is(10000.0f));
    }

    @Test
    void jointSeizureIsCountedOnce() {
        as(MM_ANALYST).get("/api/statistics?country=VN&from=2019-01-01&to=2019-12-31").then().statusCode(200)
                .body("seizures", hasSize(1))
                .body("seizures[0].seizureCount", is(1))
                .body("seizures[0].kgEquivalent", is(7.0f));
    }

    @Test
    void onlyCasesTheReaderTakesPartInCount() {
        // MM sees CN's work in the joint case only; CN sees its own case too
        as(MM_ANALYST).get("/api/statistics?country=CN&from=2019-01-01&to=2019-12-31").then().statusCode(200)
                .body("casesProcessed", is(1))
                .body("personsArrested", is(1)).body("foreignersArrested", is(1))
                .body("seizures.find { it.substance == 'HEROIN' }.kgEquivalent", is(10.0f));
        as(CN_ANALYST).get("/api/statistics?country=CN&from=2019-01-01&to=2019-12-31").then().statusCode(200)
                .body("casesProcessed", is(2))
                .body("seizures.find { it.substance == 'HEROIN' }.kgEquivalent", is(110.0f));
    }

    @Test
    void agencyFiguresAndPeriods() {
        as(MM_ANALYST).get("/api/statistics?agency=MM-CCDAC&from=2020-01-01&to=2020-12-31").then().statusCode(200)
                .body("agency", is("MM-CCDAC")).body("casesProcessed", is(0)).body("personsArrested", is(1))
                .body("seizures[0].kgEquivalent", is(5.0f));
    }

    @Test
    void badStatisticsRequestsAre400() {
        as(MM_ANALYST).get("/api/statistics?country=MM&agency=MM-CCDAC").then().statusCode(400);
        as(MM_ANALYST).get("/api/statistics").then().statusCode(400);
        as(MM_ANALYST).get("/api/statistics?country=XX").then().statusCode(400);
        as(MM_ANALYST).get("/api/statistics?agency=NO-SUCH").then().statusCode(400);
        as(MM_ANALYST).get("/api/statistics?country=MM&from=2019-12-31&to=2019-01-01").then().statusCode(400);
        as(MM_INV).get("/api/statistics?country=MM").then().statusCode(403);
    }

    private static String openCase(String token, String title, String openedOn, String... participants) {
        return as(token).body(Map.of("title", title, "priority", "HIGH", "tlp", "AMBER", "openedOn", openedOn,
                "participatingAgencies", participants)).post("/api/cases").then().statusCode(201).extract().path("id");
    }

    private static String subject(String token, String caseId, String name, String nationality) {
        return Api.addSubject(token, caseId, name, nationality);
    }

    private static void arrest(String token, String caseId, String subject, String agency, String country, String at) {
        as(token).body(Map.of("subjectId", subject, "arrestingAgency", agency, "country", country, "arrestedAt", at))
                .post("/api/cases/" + caseId + "/arrests").then().statusCode(201);
    }

    private static void seize(String token, String caseId, String substance, Number quantity, String unit,
                              List<String> agencies, String country, String at) {
        as(token).body(Map.of("substance", substance, "quantity", quantity, "unit", unit, "seizingAgencies", agencies,
                "country", country, "seizedAt", at)).post("/api/cases/" + caseId + "/seizures").then().statusCode(201);
    }

    private static void asset(String token, String caseId, Map<String, Object> body) {
        as(token).body(body).post("/api/cases/" + caseId + "/assets").then().statusCode(201);
    }
}
