package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.intel.Api.*;

/**
 * What a recipient may do with a report: pass it on under the agreement rules, unless TLP forbids
 * it (RED, AMBER+STRICT) or the handling code needs the originator's consent (H2, H1 for court),
 * and TLP:RED material reaches only the officers it names.
 */
@QuarkusTest
class OnwardSharingTest {

    /** Thailand and Laos share H3 material under this one (the Mekong MOU allows only H1). */
    private static final String TH_LA = uniqueCode("TH-LA");
    private static boolean agreed;

    @BeforeEach
    void thailandAndLaosAgreed() {
        if (!agreed) {
            agreement(TH_LA, "TH-ONCB", "LA-MPS", List.of("INVESTIGATION", "PROSECUTION", "INTELLIGENCE_ANALYSIS"), "H3",
                    LocalDate.of(2020, 1, 1), null);
            agreed = true;
        }
    }

    @Test
    void h2MaterialIsPassedOnOnlyWithTheOriginatorsConsent() {
        String id = published("consent-" + UUID.randomUUID(), "AMBER", "H2", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String distribution = REPORTS + "/" + id + "/distribution";
        // Thailand's pass-on becomes a request; Laos has nothing yet
        String consentLocation = as(TH_LIAISON).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(distribution).then().statusCode(202)
                .header("Location", containsString("/consent-requests/")).body("status", is("PENDING"))
                .body("requestingAgency", is("TH-ONCB")).body("targetAgency", is("LA-MPS")).extract().header("Location");
        String consent = consentLocation.substring(consentLocation.lastIndexOf('/') + 1);
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        // asking twice for the same agency is a conflict
        as(TH_LIAISON).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(distribution).then().statusCode(409);
        // the originator sees the request; Thailand its own; Laos nothing
        as(VN_LIAISON).get(REPORTS + "/" + id + "/consent-requests").then().statusCode(200).body("id", contains(consent));
        as(TH_ANALYST).get(REPORTS + "/" + id + "/consent-requests").then().statusCode(200).body("id", contains(consent));
        // only the originator decides
        String path = REPORTS + "/" + id + "/consent-requests/" + consent;
        String etag = etag(VN_LIAISON, path);
        as(TH_LIAISON).header("If-Match", etag).body(Map.of("decision", "APPROVE")).post(path + "/decision").then().statusCode(403);
        as(VN_ANALYST).header("If-Match", etag).body(Map.of("decision", "APPROVE")).post(path + "/decision").then().statusCode(403);
        as(VN_LIAISON).body(Map.of("decision", "APPROVE")).post(path + "/decision").then().statusCode(428);
        as(VN_LIAISON).header("If-Match", "\"7\"").body(Map.of("decision", "APPROVE")).post(path + "/decision").then().statusCode(412);
        as(VN_LIAISON).header("If-Match", etag).body(Map.of("decision", "MAYBE")).post(path + "/decision").then().statusCode(400);
        String shareId = as(VN_LIAISON).header("If-Match", etag).body(Map.of("decision", "APPROVE", "reason", "for the joint case"))
                .post(path + "/decision").then().statusCode(200).body("status", is("APPROVED")).body("shareId", notNullValue())
                .extract().path("shareId");
        // approval widened the distribution
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(200).body("distribution.agency", contains("LA-MPS"))
                .body("distribution[0].via", is("CONSENT")).body("distribution[0].sharedByAgency", is("TH-ONCB"));
        as(VN_ANALYST).get(REPORTS + "/" + id + "/distribution/" + shareId).then().statusCode(200).body("state", is("ACTIVE"));
        as(VN_ANALYST).get(REPORTS + "/" + id + "/history").then()
                .body("items.type", hasItems("CONSENT_REQUESTED", "CONSENT_APPROVED", "SHARED"));
        as(VN_LIAISON).header("If-Match", etag(VN_LIAISON, path)).body(Map.of("decision", "REJECT"))
                .post(path + "/decision").then().statusCode(409);
    }

    @Test
    void aRefusedConsentWidensNothing() {
        String id = published("refused-consent-" + UUID.randomUUID(), "GREEN", "H2", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String consent = as(TH_LIAISON).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution")
                .then().statusCode(202).extract().path("id");
        String path = REPORTS + "/" + id + "/consent-requests/" + consent;
        as(VN_SUPERVISOR).header("If-Match", etag(VN_SUPERVISOR, path)).body(Map.of("decision", "REJECT", "reason", "source protection"))
                .post(path + "/decision").then().statusCode(200).body("status", is("REFUSED")).body("shareId", nullValue());
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        as(TH_ANALYST).get(path).then().statusCode(200).body("status", is("REFUSED")).body("decisionReason", is("source protection"));
        as(VN_ANALYST).get(REPORTS + "/" + id).then().body("distribution.agency", contains("TH-ONCB"));
    }

    @Test
    void h1GoesOnFreelyExceptToCourtAndH0KeepsItsPurpose() {
        String h1 = published("h1-" + UUID.randomUUID(), "GREEN", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "PROSECUTION")).post(REPORTS + "/" + h1 + "/distribution").then().statusCode(202);
        as(TH_ANALYST).body(to("KH-NACD", "MEKONG-MOU-1993", "INVESTIGATION")).post(REPORTS + "/" + h1 + "/distribution")
                .then().statusCode(201).body("via", is("PASS_ON")).body("sharedByAgency", is("TH-ONCB"));
        as(KH_ANALYST).get(REPORTS + "/" + h1).then().statusCode(200);
        // the originator sees the pass-on; Cambodia sees only its own share, not Thailand's
        as(VN_ANALYST).get(REPORTS + "/" + h1).then().body("distribution.agency", containsInAnyOrder("TH-ONCB", "KH-NACD"));
        as(KH_ANALYST).get(REPORTS + "/" + h1).then().body("distribution.agency", contains("KH-NACD"));

        String h0 = published("h0-" + UUID.randomUUID(), "GREEN", "H0", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "INTELLIGENCE_ANALYSIS")).post(REPORTS + "/" + h0 + "/distribution")
                .then().statusCode(422).body("violations[0].field", is("purpose")).body("detail", containsString("INVESTIGATION"));
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(REPORTS + "/" + h0 + "/distribution").then().statusCode(201);
        // passing it back to the originator makes no sense
        as(TH_ANALYST).body(to("VN-C04", "VN-TH-1998", "INVESTIGATION")).post(REPORTS + "/" + h0 + "/distribution").then().statusCode(400);
    }

    @Test
    void amberStrictStaysWithTheRecipientAgency() {
        String id = published("strict-" + UUID.randomUUID(), "AMBER+STRICT", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200).body("tlp", is("AMBER+STRICT"));
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(409)
                .body("type", endsWith("/onward-sharing-forbidden"));
        as(TH_ANALYST).body(to("TH-NSB", null, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(409);
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        as(VN_ANALYST).queryParam("tlp", "AMBER+STRICT").queryParam("q", "strict-").get(REPORTS).then().statusCode(200).body("items.tlp", everyItem(is("AMBER+STRICT")));
    }

    @Test
    void redReachesOnlyTheOfficersItNames() {
        Map<String, Object> body = report("red-" + UUID.randomUUID(), "RED", "H1", List.of());
        Map<String, Object> toThai = new HashMap<>(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"));
        toThai.put("officers", List.of("th-ana-1"));
        body.put("distribution", List.of(toThai));
        body.put("namedOfficers", List.of(Map.of("agency", "VN-C04", "officerId", "vn-ana-2")));
        String id = write(VN_ANALYST, body);
        publish(VN_ANALYST, id);
        as(VN_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);     // the author
        as(VN_ANALYST_2).get(REPORTS + "/" + id).then().statusCode(200);   // named at home
        as(VN_LIAISON).get(REPORTS + "/" + id).then().statusCode(404);     // same agency, not named
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200).body("namedOfficers.officerId", contains("th-ana-1"));
        as(TH_ANALYST_2).get(REPORTS + "/" + id).then().statusCode(404);
        as(TH_ANALYST_2).get(REPORTS + "?q=red-").then().body("items.id", not(hasItem(id)));
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(409);
        // a RED share names its officers; other reports name none
        as(VN_ANALYST).body(to("LA-MPS", "VN-LA-DRUG", "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(400)
                .body("violations[0].field", is("officers"));
        Map<String, Object> named = new HashMap<>(to("LA-MPS", "VN-LA-DRUG", "INVESTIGATION"));
        named.put("officers", List.of("la-ana-1"));
        String green = published("green-" + UUID.randomUUID(), "GREEN", "H1", List.of());
        as(VN_ANALYST).body(named).post(REPORTS + "/" + green + "/distribution").then().statusCode(400);
        as(VN_ANALYST).body(named).post(REPORTS + "/" + id + "/distribution").then().statusCode(201);
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);
    }

    @Test
    void revokingAShareEndsThePassOnsThatFollowedFromIt() {
        String id = published("revoke-" + UUID.randomUUID(), "GREEN", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        String thai = as(VN_ANALYST).get(REPORTS + "/" + id).then().extract().path("distribution[0].id");
        as(TH_ANALYST).body(to("LA-MPS", TH_LA, "INVESTIGATION")).post(REPORTS + "/" + id + "/distribution").then().statusCode(201);
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(200);
        // a recipient cannot revoke its own access, nor an analyst of another agency
        as(TH_ANALYST).delete(REPORTS + "/" + id + "/distribution/" + thai).then().statusCode(403);
        as(KH_ANALYST).delete(REPORTS + "/" + id + "/distribution/" + thai).then().statusCode(404);
        as(VN_ANALYST).delete(REPORTS + "/" + id + "/distribution/" + thai).then().statusCode(200).body("state", is("REVOKED"));
        as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        as(LA_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        as(VN_ANALYST).get(REPORTS + "/" + id).then().body("distribution.state", everyItem(is("REVOKED")));
        as(VN_ANALYST).delete(REPORTS + "/" + id + "/distribution/" + thai).then().statusCode(409);
    }
}
