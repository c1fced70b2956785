package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.mekong.jtf.intel.Api.*;

/** Early-warning notes: a new tablet marking, first seen where and when, graded and shared like reports. */
@QuarkusTest
class EarlyWarningTest {

    private static final String NOTES = "/api/early-warnings";

    static Map<String, Object> note(String title) {
        Map<String, Object> body = new HashMap<>(report(title, "GREEN", "H0", List.of(to("LA-MPS", "VN-LA-DRUG", "INTELLIGENCE_ANALYSIS"))));
        body.put("body", "Green tablets marked with a horse head, stronger than WY, first seized in Bokeo");
        body.put("earlyWarning", Map.of("substanceName", "Methamphetamine tablet, new marking", "tabletLogo", "horse head",
                "colour", "green", "packagingMark", "tea bag 'Guanyinwang'", "firstSeenAt", "2025-06-01T03:00:00Z",
                "firstSeenCountry", "LA", "firstSeenProvince", "LA-BK", "firstSeenPlace", "Ton Pheung",
                "photos", List.of(Map.of("fileName", "horse-head-1.jpg", "mediaType", "image/jpeg",
                        "sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "sizeBytes", 482113))));
        return body;
    }

    @Test
    void aNoteIsWrittenSharedAndExportedLikeAReport() {
        String title = "ew-" + UUID.randomUUID();
        String id = as(VN_ANALYST).body(note(title)).post(NOTES).then().statusCode(201)
                .header("Location", containsString(NOTES + "/")).body("kind", is("EARLY_WARNING"))
                .body("reference", startsWith("EW-")).body("earlyWarning.tabletLogo", is("horse head"))
                .body("earlyWarning.photos[0].sha256", startsWith("9f86")).extract().path("id");
        String etag = etag(VN_ANALYST, NOTES + "/" + id);
        as(VN_ANALYST).header("If-Match", etag).body(Map.of("status", "PUBLISHED")).post(NOTES + "/" + id + "/transitions")
                .then().statusCode(200);
        as(LA_ANALYST).get(NOTES + "/" + id).then().statusCode(200).body("earlyWarning.firstSeenProvince", is("LA-BK"));
        as(LA_ANALYST).get(NOTES + "?q=" + title).then().body("items.id", contains(id));
        as(TH_ANALYST).get(NOTES + "/" + id).then().statusCode(404);
        // a note is not among the reports, nor a report among the notes
        as(VN_ANALYST).get(REPORTS + "?q=" + title).then().body("total", is(0));
        as(VN_ANALYST).get(REPORTS + "/" + id).then().statusCode(404);
        as(LA_ANALYST).get(NOTES + "/" + id + "/stix").then().statusCode(200)
                .body("objects.find { it.type == 'report' }.labels", hasItem("early-warning"))
                .body("objects.find { it.type == 'location' && it.administrative_area == 'LA-BK' }.country", is("LA"));
    }

    @Test
    void aNoteNeedsItsEarlyWarningPartAndPhotosAreMetadataOnly() {
        Map<String, Object> bare = new HashMap<>(note("ew-bare-" + UUID.randomUUID()));
        bare.remove("earlyWarning");
        as(VN_ANALYST).body(bare).post(NOTES).then().statusCode(400).body("violations[0].field", is("earlyWarning"));
        Map<String, Object> badPhoto = new HashMap<>(note("ew-photo-" + UUID.randomUUID()));
        badPhoto.put("earlyWarning", Map.of("substanceName", "x", "firstSeenAt", "2025-06-01T03:00:00Z", "firstSeenCountry", "LA",
                "photos", List.of(Map.of("fileName", "a.exe", "mediaType", "application/octet-stream", "sha256", "abc", "sizeBytes", 0))));
        as(VN_ANALYST).body(badPhoto).post(NOTES).then().statusCode(400)
                .body("violations.field", hasItems("earlyWarning.photos[0].mediaType", "earlyWarning.photos[0].sha256",
                        "earlyWarning.photos[0].sizeBytes"));
        Map<String, Object> future = new HashMap<>(note("ew-future-" + UUID.randomUUID()));
        future.put("earlyWarning", Map.of("substanceName", "x", "firstSeenAt", "2999-01-01T00:00:00Z", "firstSeenCountry", "LA"));
        as(VN_ANALYST).body(future).post(NOTES).then().statusCode(400).body("violations[0].field", is("earlyWarning.firstSeenAt"));
    }
}
