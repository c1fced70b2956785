package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/** Drafts, publication, withdrawal (410 for recipients), edits under If-Match, read receipts from the audit log. */
@QuarkusTest
class ReportLifecycleTest {

    @Test
    void aWithdrawnReportAnswers410ToRecipientsWithWhoAndWhen() {
        String title = "withdrawn-" + UUID.randomUUID();
        String id = published(title, "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);
        String path = REPORTS + "/" + id;
        as(VN_SUPERVISOR).header("If-Match", etag(VN_SUPERVISOR, path)).body(Map.of("status", "WITHDRAWN", "reason", "source burned"))
                .post(path + "/transitions").then().statusCode(200).body("status", is("WITHDRAWN"))
                .body("withdrawal.withdrawnBy", is("vn-sup-1")).body("withdrawal.reason", is("source burned"));
        as(TH_ANALYST).get(path).then().statusCode(410).contentType("application/problem+json")
                .body("type", endsWith("/withdrawn")).body("detail", containsString("withdrawn by vn-sup-1 of VN-C04"))
                .body("detail", containsString("source burned")).body(not(containsString("Courier network")));
        as(TH_ANALYST).get(path + "/history").then().statusCode(410);
        as(TH_ANALYST).get(path + "/stix").then().statusCode(410);
        as(TH_ANALYST).get(REPORTS + "?q=" + title).then().body("total", is(0));
        // the originator still reads it, and it goes to nobody else
        as(VN_ANALYST).get(path).then().statusCode(200).body("status", is("WITHDRAWN"));
        as(VN_ANALYST).body(to("LA-MPS", "VN-LA-DRUG", "INVESTIGATION")).post(path + "/distribution").then().statusCode(409);
        // a withdrawn report stays withdrawn
        as(VN_SUPERVISOR).header("If-Match", etag(VN_SUPERVISOR, path)).body(Map.of("status", "PUBLISHED"))
                .post(path + "/transitions").then().statusCode(409).body("detail", containsString("WITHDRAWN report cannot become PUBLISHED"));
        // the stix of a withdrawn report says it is revoked
        as(VN_ANALYST).get(path + "/stix").then().statusCode(200).body("objects.find { it.type == 'report' }.revoked", is(true));
    }

    @Test
    void onlyTheOriginatorEditsDraftsUnderIfMatch() throws Exception {
        String id = write(VN_ANALYST, report("draft-" + UUID.randomUUID(), "AMBER", "H1", List.of()));
        String path = REPORTS + "/" + id;
        String etag = etag(VN_ANALYST, path);
        as(VN_ANALYST).body(Map.of("title", "renamed")).patch(path).then().statusCode(428);
        as(VN_ANALYST).header("If-Match", "\"41\"").body(Map.of("title", "renamed")).patch(path).then().statusCode(412);
        as(VN_ANALYST).header("If-Match", "W/" + etag).body(Map.of("title", "renamed")).patch(path).then().statusCode(412);
        as(VN_ANALYST_2).header("If-Match", etag).body(Map.of("title", "Renamed draft", "sourceReliability", "C",
                        "informationCredibility", 3, "handling", "H2")).patch(path).then().statusCode(200)
                .body("title", is("Renamed draft")).body("grading.code", is("C3")).body("handling", is("H2"))
                .body("body", containsString("Courier network")).header("ETag", not(etag));
        // H3 needs its conditions; a grade change comes as a pair
        as(VN_ANALYST).header("If-Match", etag(VN_ANALYST, path)).body(Map.of("handling", "H3")).patch(path).then().statusCode(400)
                .body("violations[0].field", is("handlingConditions"));
        as(VN_ANALYST).header("If-Match", etag(VN_ANALYST, path)).body(Map.of("sourceReliability", "A")).patch(path).then().statusCode(400)
                .body("violations[0].field", is("informationCredibility"));
        // a partner cannot even see the draft
        as(TH_ANALYST).header("If-Match", etag(VN_ANALYST, path)).body(Map.of("title", "x")).patch(path).then().statusCode(404);
        publish(VN_ANALYST, id);
        as(VN_ANALYST).header("If-Match", etag(VN_ANALYST, path)).body(Map.of("title", "too late")).patch(path).then().statusCode(409);
        as(VN_ANALYST).header("If-Match", etag(VN_ANALYST, path)).body(Map.of("status", "DRAFT")).post(path + "/transitions")
                .then().statusCode(409);
        as(VN_ANALYST).get(path).then().body("title", is("Renamed draft")).body("status", is("PUBLISHED"))
                .body("publishedAt", notNullValue());
        assertEquals(1, Db.count("select count(*) from report_event where report_id = ?::uuid and type = 'EDITED'", id));
    }

    @Test
    void aRecipientMayReadButNotEditPublishOrWithdraw() {
        String id = published("recipient-" + UUID.randomUUID(), "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String path = REPORTS + "/" + id;
        String etag = etag(TH_ANALYST, path);
        as(TH_SUPERVISOR).header("If-Match", etag).body(Map.of("status", "WITHDRAWN")).post(path + "/transitions").then().statusCode(403);
        as(VN_ANALYST).get(path).then().body("status", is("PUBLISHED"));
    }

    @Test
    void readReceiptsListPartnerReadsAndNotTheOriginatorsOwn() throws Exception {
        String id = published("receipts-" + UUID.randomUUID(), "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"),
                to("LA-MPS", "VN-LA-DRUG", "INVESTIGATION")));
        String path = REPORTS + "/" + id;
        as(VN_ANALYST_2).get(path).then().statusCode(200);
        as(TH_ANALYST).get(path).then().statusCode(200);
        as(TH_ANALYST_2).get(REPORTS + "?q=receipts-").then().statusCode(200);
        as(LA_ANALYST).get(path + "/stix").then().statusCode(200);
        as(KH_ANALYST).get(path).then().statusCode(404);
        as(VN_LIAISON).get(path + "/reads").then().statusCode(200)
                .body("items.officerId", containsInAnyOrder("th-ana-1", "th-ana-2", "la-ana-1"))
                .body("items.agency", containsInAnyOrder("TH-ONCB", "TH-ONCB", "LA-MPS"))
                .body("items.action", containsInAnyOrder("read", "read", "export"))
                .body("items.occurredAt", everyItem(notNullValue()))
                .body("items.agency", not(hasItem("VN-C04")));
        // receipts are the originator's
        as(TH_ANALYST).get(path + "/reads").then().statusCode(403);
        as(KH_ANALYST).get(path + "/reads").then().statusCode(404);
        // Cambodia's refused attempt is in VN-C04's audit log
        as(VN_AUDITOR).get("/api/audit/intel/entries?outcome=refused&objectId=" + id).then().statusCode(200)
                .body("agency", hasItem("KH-NACD"));
    }
}
