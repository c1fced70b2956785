package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.cases.Api.*;

@QuarkusTest
class AgencyResourceTest {

    @Test
    void listsSeededAgencies() {
        as(VN_AUDITOR).get("/api/agencies").then().statusCode(200)
                .body("code", hasItems("VN-C04", "TH-ONCB", "LA-MPS", "KH-NACD", "MM-CCDAC", "CN-NNCC"));
    }

    @Test
    void filtersByCountryAndReadsOne() {
        as(VN_INVESTIGATOR).get("/api/agencies?country=TH").then().statusCode(200)
                .body("country", everyItem(is("TH"))).body("code", hasItem("TH-ONCB"));
        as(VN_INVESTIGATOR).get("/api/agencies/LA-MPS").then().statusCode(200)
                .body("country", is("LA")).body("name", containsString("Public Security"));
    }

    @Test
    void unknownAgencyIs404AndBadCountryIs400() {
        as(VN_INVESTIGATOR).get("/api/agencies/XX-NONE").then().statusCode(404).contentType("application/problem+json");
        as(VN_INVESTIGATOR).get("/api/agencies?country=ZZ").then().statusCode(400)
                .body("violations[0].field", is("country"));
    }
}
