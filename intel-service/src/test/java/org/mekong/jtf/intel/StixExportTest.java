package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.intel.Api.*;

/**
 * The STIX 2.1 bundle holds together the way importers (OpenCTI, MISP) need: every object has the
 * common properties, ids of the form type--UUID, every reference resolves inside the bundle, TLP 2.0
 * markings carry their published ids, and the Admiralty grading travels as confidence and extension.
 */
@QuarkusTest
class StixExportTest {

    private static final Pattern ID = Pattern.compile("([a-z][a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final Pattern TIME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");

    @Test
    void aReportBecomesAConsistentBundle() {
        Map<String, Object> body = new HashMap<>(report("stix-" + UUID.randomUUID(), "AMBER+STRICT", "H3",
                List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION"))));
        body.put("caseReferences", List.of("JI-2025-7KQ4-M2XA"));
        String id = write(VN_ANALYST, body);
        publish(VN_ANALYST, id);
        JsonPath bundle = as(TH_ANALYST).get(REPORTS + "/" + id + "/stix").then().statusCode(200)
                .header("Content-Type", containsString("application/stix+json;version=2.1")).extract().jsonPath();
        assertEquals("bundle", bundle.getString("type"));
        assertTrue(ID.matcher(bundle.getString("id")).matches());
        List<Map<String, Object>> objects = bundle.getList("objects");
        Set<String> ids = new HashSet<>();
        for (Map<String, Object> o : objects) {
            String objectId = (String) o.get("id");
            var m = ID.matcher(objectId);
            assertTrue(m.matches(), objectId);
            assertEquals(o.get("type"), m.group(1), "an id names its type");
            assertEquals("2.1", o.get("spec_version"));
            assertTrue(TIME.matcher((String) o.get("created")).matches(), objectId + " created");
            assertTrue(ids.add(objectId), "ids are unique: " + objectId);
        }
        for (Map<String, Object> o : objects) {
            for (String ref : references(o)) {
                assertTrue(ids.contains(ref) || ref.startsWith("extension-definition--60a3c5c5"), o.get("id") + " refers to " + ref);
            }
        }
        Map<String, Object> report = objects.stream().filter(o -> "report".equals(o.get("type"))).findFirst().orElseThrow();
        assertEquals("report--" + id, report.get("id"));
        assertEquals(List.of("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"), report.get("object_marking_refs"));
        assertEquals(70, report.get("confidence"), "credibility 2 is 70 on the STIX scale");
        assertEquals(List.of("threat-report"), report.get("report_types"));
        assertFalse(((List<?>) report.get("object_refs")).isEmpty());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> extensions = (Map<String, Map<String, Object>>) report.get("extensions");
        Map<String, Object> grading = extensions.values().iterator().next();
        assertEquals("property-extension", grading.get("extension_type"));
        assertEquals("B2", grading.get("admiralty_code"));
        assertEquals("H3", grading.get("handling_code"));
        assertEquals("Not to be used in any proceedings in a third country", grading.get("handling_conditions"));
        assertEquals(List.of("JI-2025-7KQ4-M2XA"), grading.get("case_references"));
        Map<String, Object> marking = objects.stream().filter(o -> "marking-definition".equals(o.get("type"))).findFirst().orElseThrow();
        assertEquals("TLP:AMBER+STRICT", marking.get("name"));
        assertTrue(objects.stream().anyMatch(o -> "identity".equals(o.get("type")) && "VN-C04".equals(o.get("name"))));
        assertEquals(2, objects.stream().filter(o -> "location".equals(o.get("type"))).count(), "one location per route waypoint");
        assertTrue(objects.stream().anyMatch(o -> "extension-definition".equals(o.get("type"))));
    }

    @Test
    void anExportOfNothingIsAnEmptyBundle() {
        as(KH_ANALYST).get(REPORTS + "/stix?q=" + UUID.randomUUID()).then().statusCode(200).body("type", is("bundle"))
                .body("objects", empty());
    }

    /** Every property ending in _ref or _refs, anywhere in the object. */
    private static List<String> references(Object value) {
        List<String> found = new java.util.ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                String key = String.valueOf(k);
                if (key.endsWith("_ref") && v instanceof String s) {
                    found.add(s);
                } else if (key.endsWith("_refs") && v instanceof List<?> list) {
                    list.forEach(item -> found.add(String.valueOf(item)));
                } else {
                    found.addAll(references(v));
                }
            });
        } else if (value instanceof List<?> list) {
            list.forEach(item -> found.addAll(references(item)));
        }
        return found;
    }
}
