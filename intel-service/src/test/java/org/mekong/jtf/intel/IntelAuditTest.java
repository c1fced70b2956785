package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/** Every write and read of a report is in the originating agency's audit chain, which verifies. */
@QuarkusTest
class IntelAuditTest {

    @Test
    void writesAndPartnerReadsLandInTheOriginatorsChain() throws Exception {
        String id = published("audit-" + UUID.randomUUID(), "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);
        as(TH_ANALYST).get(REPORTS + "/" + id + "/history").then().statusCode(200);
        assertEquals(0, Db.count("select count(*) from audit_log where object_id = ? and owner_agency <> 'VN-C04'", id));
        as(VN_AUDITOR).get("/api/audit/intel/entries?objectId=" + id).then().statusCode(200)
                .body("action", hasItems("written", "published", "read"))
                .body("findAll { it.agency == 'TH-ONCB' }.action", hasItem("read"));
        String share = as(VN_ANALYST).get(REPORTS + "/" + id).then().extract().path("distribution[0].id");
        as(VN_AUDITOR).get("/api/audit/intel/entries?objectType=report-share&objectId=" + share).then().statusCode(200)
                .body("action", contains("shared"));
        // Thailand's auditor sees none of it: the report is VN-C04's
        as(Api.supervisorOf("TH-ONCB", "TH")).get("/api/audit/intel/entries").then().statusCode(403);
        as(org.mekong.jtf.common.testing.Tokens.officer("th-aud", "TH-ONCB", "TH", "auditor"))
                .get("/api/audit/intel/entries?objectId=" + id).then().statusCode(200).body("$", empty());
        Db.awaitSequenced();
        as(VN_AUDITOR).get("/api/audit/intel/verify").then().statusCode(200).body("valid", is(true))
                .body("entriesChecked", greaterThan(0));
    }
}
