package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/** A retried create with the same Idempotency-Key never creates twice, and a replay is still a tenancy-checked read. */
@QuarkusTest
class IntelIdempotencyTest {

    @Test
    void aRetriedReportIsWrittenOnce() throws Exception {
        String title = "retry-" + UUID.randomUUID();
        Map<String, Object> body = report(title, "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String key = "report-" + UUID.randomUUID();
        String first = as(VN_ANALYST).header("Idempotency-Key", key).body(body).post(REPORTS).then().statusCode(201)
                .extract().path("id");
        as(VN_ANALYST).header("Idempotency-Key", key).body(body).post(REPORTS).then().statusCode(201)
                .header("Idempotent-Replayed", "true").header("Location", endsWith(first)).body("id", is(first));
        assertEquals(1, Db.count("select count(*) from intel_report where title = ?", title));
        assertEquals(1, Db.count("select count(*) from report_share where report_id = ?::uuid", first));
        // the same key for another body is refused
        as(VN_ANALYST).header("Idempotency-Key", key).body(report(title + " changed", "GREEN", "H0", List.of())).post(REPORTS)
                .then().statusCode(422);
    }

    @Test
    void aRetriedShareIsMadeOnceAndItsReplayNeedsTheReportStillVisible() throws Exception {
        String id = published("retry-share-" + UUID.randomUUID(), "GREEN", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String key = "share-" + UUID.randomUUID();
        Map<String, Object> share = to("KH-NACD", "MEKONG-MOU-1993", "INVESTIGATION");
        String first = as(TH_ANALYST).header("Idempotency-Key", key).body(share).post(REPORTS + "/" + id + "/distribution")
                .then().statusCode(201).extract().path("id");
        as(TH_ANALYST).header("Idempotency-Key", key).body(share).post(REPORTS + "/" + id + "/distribution")
                .then().statusCode(201).body("id", is(first)).header("Idempotent-Replayed", "true");
        assertEquals(1, Db.count("select count(*) from report_share where report_id = ?::uuid and agency = 'KH-NACD'", id));
        // once Thailand's own share is revoked, its replay finds no report
        String thai = as(VN_ANALYST).get(REPORTS + "/" + id).then().extract()
                .path("distribution.find { it.agency == 'TH-ONCB' }.id");
        as(VN_ANALYST).delete(REPORTS + "/" + id + "/distribution/" + thai).then().statusCode(200);
        as(TH_ANALYST).header("Idempotency-Key", key).body(share).post(REPORTS + "/" + id + "/distribution").then().statusCode(404);
    }
}
