package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.intel.Api.*;

/**
 * Every share across a border rests on an agreement in force that covers the purpose and the
 * handling code; a share without one is refused naming what is missing, and when the agreement
 * lapses the access it granted ends at once.
 */
@QuarkusTest
class AgreementRulesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void aShareIsRefusedForEachThingTheAgreementDoesNotGive() throws Exception {
        String title = "refused-" + UUID.randomUUID();
        // no agreement in force between Vietnam and Singapore
        as(VN_ANALYST).body(report(title, "AMBER", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"),
                        to("SG-CNB", null, "INVESTIGATION")))).post(REPORTS).then().statusCode(422)
                .contentType("application/problem+json").body("type", endsWith("/share-not-permitted"))
                .body("violations[0].field", is("distribution[1].agreement"))
                .body("detail", containsString("there is none in force between VN and SG"));
        // the report was not written at all, nor its first share
        assertEquals(0, Db.count("select count(*) from intel_report where title = ?", title));

        String id = published(title, "AMBER", "H1", List.of());
        String distribution = REPORTS + "/" + id + "/distribution";
        // no agreement cited: the ones that could be are named
        as(VN_LIAISON).body(to("TH-ONCB", null, "INVESTIGATION")).post(distribution).then().statusCode(422)
                .body("violations[0].field", is("agreement")).body("detail", containsString("MEKONG-MOU-1993, VN-TH-1998"));
        // an agreement that does not exist, one between other countries
        as(VN_LIAISON).body(to("TH-ONCB", "VN-TH-2099", "INVESTIGATION")).post(distribution).then().statusCode(422)
                .body("detail", containsString("there is no agreement VN-TH-2099"));
        as(VN_LIAISON).body(to("TH-ONCB", "VN-LA-DRUG", "INVESTIGATION")).post(distribution).then().statusCode(422)
                .body("detail", containsString("not between VN and TH"));
        // a purpose the agreement does not permit
        as(VN_LIAISON).body(to("TH-ONCB", "VN-TH-1998", "EXTRADITION")).post(distribution).then().statusCode(422)
                .body("violations[0].field", is("purpose"))
                .body("detail", containsString("does not permit sharing for EXTRADITION (it permits INVESTIGATION, PROSECUTION, INTELLIGENCE_ANALYSIS)"));
        // an unknown purpose is bad input
        as(VN_LIAISON).body(to("TH-ONCB", "VN-TH-1998", "GOSSIP")).post(distribution).then().statusCode(400)
                .body("violations[0].field", is("purpose"));
        // within Vietnam a share rests on no agreement between countries
        as(VN_LIAISON).body(to("VN-BDBP", "VN-TH-1998", "INVESTIGATION")).post(distribution).then().statusCode(400)
                .body("violations[0].field", is("agreement"));
        as(VN_LIAISON).body(to("VN-BDBP", null, "INVESTIGATION")).post(distribution).then().statusCode(201)
                .body("state", is("ACTIVE")).body("agreement", nullValue());
        // none of the refusals left a share
        assertEquals(1, Db.count("select count(*) from report_share where report_id = ?::uuid", id));

        // a handling code above what the agreement allows: H2 under the Mekong MOU (up to H1), H3 to Cambodia (up to H2)
        String h2 = published(title + " h2", "AMBER", "H2", List.of());
        as(VN_LIAISON).body(to("MM-CCDAC", "MEKONG-MOU-1993", "INVESTIGATION")).post(REPORTS + "/" + h2 + "/distribution")
                .then().statusCode(422).body("violations[0].field", is("handling"))
                .body("detail", containsString("allows material up to H1; this report is H2"));
        String h3 = published(title + " h3", "AMBER", "H3", List.of());
        as(VN_LIAISON).body(to("KH-NACD", "VN-KH-DRUG", "INVESTIGATION")).post(REPORTS + "/" + h3 + "/distribution")
                .then().statusCode(422).body("detail", containsString("allows material up to H2; this report is H3"));
        as(VN_LIAISON).body(to("KH-NACD", "VN-KH-DRUG", "INVESTIGATION")).post(REPORTS + "/" + h2 + "/distribution")
                .then().statusCode(201);

        // an agreement that has expired
        String expired = uniqueCode("VN-ID");
        agreement(expired, "VN-C04", "ID-BNN", List.of("INVESTIGATION"), "H3", LocalDate.of(2015, 1, 1), LocalDate.of(2016, 12, 31));
        as(VN_LIAISON).body(to("ID-BNN", expired, "INVESTIGATION")).post(distribution).then().statusCode(422)
                .body("detail", containsString("expired on 2016-12-31"));
    }

    @Test
    void whenAnAgreementExpiresOrIsWithdrawnItsSharesStopAtOnce() {
        String title = "lapse-" + UUID.randomUUID();
        String philippines = uniqueCode("VN-PH");
        String japan = uniqueCode("VN-JP");
        agreement(philippines, "VN-C04", "PH-PDEA", List.of("INVESTIGATION"), "H3", LocalDate.of(2020, 1, 1), null);
        agreement(japan, "VN-C04", "JP-NPA", List.of("INVESTIGATION"), "H3", LocalDate.of(2020, 1, 1), null);
        String id = published(title, "AMBER", "H1", List.of(to("PH-PDEA", philippines, "INVESTIGATION"),
                to("JP-NPA", japan, "INVESTIGATION"), to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String ph = analystOf("PH-PDEA", "PH");
        String jp = analystOf("JP-NPA", "JP");
        as(ph).get(REPORTS + "/" + id).then().statusCode(200);
        as(jp).get(REPORTS + "/" + id).then().statusCode(200);

        // the Philippine agreement now ended yesterday; the Japanese one is withdrawn
        change("PH-PDEA", "VN-C04", Map.of("change", "AMEND", "agreement", philippines,
                "validUntil", TODAY.minusDays(1).toString(), "reason", "ended"));
        change("VN-C04", "JP-NPA", Map.of("change", "WITHDRAW", "agreement", japan, "reason", "replaced"));
        as(VN_ANALYST).get("/api/agreements/" + japan).then().body("status", is("WITHDRAWN")).body("inForce", is(false));

        // from this moment the report does not exist for them, in reads and lists alike
        as(ph).get(REPORTS + "/" + id).then().statusCode(404);
        as(jp).get(REPORTS + "/" + id).then().statusCode(404);
        as(ph).get(REPORTS + "?q=" + title).then().body("total", is(0));
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);

        // the originator sees which shares lapsed, and why
        as(VN_ANALYST).get(REPORTS + "/" + id).then().statusCode(200)
                .body("distribution.find { it.agency == 'PH-PDEA' }.state", is("LAPSED"))
                .body("distribution.find { it.agency == 'PH-PDEA' }.lapsedBecause", is("agreement " + philippines + " expired on " + TODAY.minusDays(1)))
                .body("distribution.find { it.agency == 'JP-NPA' }.lapsedBecause", containsString("was withdrawn on " + TODAY))
                .body("distribution.find { it.agency == 'TH-ONCB' }.state", is("ACTIVE"));
        as(VN_ANALYST).get("/api/intel/shares/lapsed?size=200").then().statusCode(200)
                .body("items.findAll { it.reportId == '" + id + "' }.share.agency", containsInAnyOrder("PH-PDEA", "JP-NPA"));
        // a recipient does not see the lapsed shares of others
        as(TH_ANALYST).get("/api/intel/shares/lapsed").then().statusCode(200).body(not(containsString(id)));

        // a share under a new agreement supersedes the lapsed one
        String renewed = uniqueCode("VN-PH");
        agreement(renewed, "VN-C04", "PH-PDEA", List.of("INVESTIGATION"), "H3", TODAY, null);
        as(VN_LIAISON).body(to("PH-PDEA", renewed, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(201);
        as(ph).get(REPORTS + "/" + id).then().statusCode(200);
        as(VN_ANALYST).get(REPORTS + "/" + id).then()
                .body("distribution.findAll { it.agency == 'PH-PDEA' }.state", containsInAnyOrder("REVOKED", "ACTIVE"));
        // and a live share is not made twice
        as(VN_LIAISON).body(to("PH-PDEA", renewed, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(409);
    }
}
