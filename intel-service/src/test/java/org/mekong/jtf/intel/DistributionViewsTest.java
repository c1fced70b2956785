package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.intel.Api.*;

/**
 * Three agencies of three countries with partly overlapping distributions: each sees exactly the
 * reports shared with it, and of each only its own access — in lists, reads, history and exports.
 * Everyone else gets the 404 of a missing report.
 */
@QuarkusTest
class DistributionViewsTest {

    private static final String MISSING = REPORTS + "/00000000-0000-0000-0000-00000000dead";

    @Test
    void eachSideSeesItsOwnShareOfWhatItWasSent() {
        String tag = "views-" + UUID.randomUUID().toString().substring(0, 8);
        String both = published(tag + " both", "AMBER", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"),
                to("LA-MPS", "VN-LA-DRUG", "INTELLIGENCE_ANALYSIS")));
        String thaiOnly = published(tag + " thai", "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String laoOnly = published(tag + " lao", "AMBER", "H1", List.of(to("LA-MPS", "VN-LA-DRUG", "INVESTIGATION")));
        String draft = write(VN_ANALYST, report(tag + " draft", "AMBER", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"))));

        // the originator sees all four, with the whole distribution
        as(VN_ANALYST_2).get(REPORTS + "?q=" + tag).then().statusCode(200).body("total", is(4))
                .body("items.find { it.id == '" + both + "' }.distribution.agency", containsInAnyOrder("TH-ONCB", "LA-MPS"));
        // Thailand: the two shared with it, and of the shared one only its own share
        as(TH_ANALYST).get(REPORTS + "?q=" + tag).then().statusCode(200).body("total", is(2))
                .body("items.id", containsInAnyOrder(both, thaiOnly))
                .body("items.find { it.id == '" + both + "' }.distribution.agency", contains("TH-ONCB"))
                .body(not(containsString("LA-MPS")));
        // Laos likewise
        as(LA_ANALYST).get(REPORTS + "?q=" + tag).then().statusCode(200).body("total", is(2))
                .body("items.id", containsInAnyOrder(both, laoOnly))
                .body(not(containsString("TH-ONCB")));
        // Cambodia: nothing, and a report it was not sent is a missing report
        as(KH_ANALYST).get(REPORTS + "?q=" + tag).then().statusCode(200).body("total", is(0)).body("items", empty());
        String missingTitle = as(KH_ANALYST).get(MISSING).then().statusCode(404).extract().path("title");
        for (String id : List.of(both, thaiOnly, laoOnly, draft)) {
            as(KH_ANALYST).get(REPORTS + "/" + id).then().statusCode(404).body("title", is(missingTitle))
                    .body(not(containsString(tag)));
            as(KH_ANALYST).get(REPORTS + "/" + id + "/history").then().statusCode(404);
            as(KH_ANALYST).get(REPORTS + "/" + id + "/stix").then().statusCode(404);
        }
        // a draft is the originator's alone, shares or not
        as(TH_ANALYST).get(REPORTS + "/" + draft).then().statusCode(404);
        as(LA_ANALYST).get(REPORTS + "/" + thaiOnly).then().statusCode(404);

        // a recipient may not ask who else received a report
        as(TH_ANALYST).get(REPORTS + "?q=" + tag + "&recipient=LA-MPS").then().statusCode(200).body("total", is(0));
        as(VN_ANALYST).get(REPORTS + "?q=" + tag + "&recipient=LA-MPS").then().statusCode(200).body("total", is(2));

        // history: the originator reads all of it, Thailand what concerns its own access
        as(VN_ANALYST).get(REPORTS + "/" + both + "/history").then().statusCode(200)
                .body("items.type", contains("WRITTEN", "SHARED", "SHARED", "PUBLISHED"));
        as(TH_ANALYST).get(REPORTS + "/" + both + "/history").then().statusCode(200)
                .body("items.type", contains("WRITTEN", "SHARED", "PUBLISHED"))
                .body("items.concernsAgency", not(hasItem("LA-MPS")))
                .body(not(containsString("LA-MPS")));

        // the STIX export carries the report but not the other recipients
        as(TH_ANALYST).get(REPORTS + "/" + both + "/stix").then().statusCode(200)
                .contentType(containsString("application/stix+json"))
                .body("objects.find { it.type == 'report' }.name", is(tag + " both"))
                .body(not(containsString("LA-MPS")));
        as(TH_ANALYST).get(REPORTS + "/stix?q=" + tag).then().statusCode(200)
                .body("objects.findAll { it.type == 'report' }.name", containsInAnyOrder(tag + " both", tag + " thai"));
    }

    @Test
    void reportsOfAPartnerAreReadLikeOurOwn() {
        String tag = "partner-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = report(tag + " from Thailand", "GREEN", "H0", List.of(to("VN-C04", "VN-TH-1998", "INVESTIGATION")));
        String id = write(TH_ANALYST, body);
        publish(TH_ANALYST, id);
        as(VN_ANALYST).get(REPORTS + "/" + id).then().statusCode(200).body("originatorAgency", is("TH-ONCB"))
                .body("grading.code", is("B2")).body("distribution.agency", contains("VN-C04"))
                .body("distribution[0].state", is("ACTIVE"));
        // within Vietnam another agency needs a share of its own
        as(VN_BORDER_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
    }
}
