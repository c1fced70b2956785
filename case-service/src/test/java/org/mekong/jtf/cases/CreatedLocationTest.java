package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

/**
 * Every create of every record type answers 201 with a Location that a GET reads back as the same
 * record — and a retry with the same Idempotency-Key answers the same, creating nothing.
 */
@QuarkusTest
class CreatedLocationTest {

    @Test
    void everyCreateNamesAReadableLocationAndReplaysTheSame() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Locations case", "LA-MPS");
        String subject = addSubject(VN_INVESTIGATOR, caseId, "Located person", "LA");
        Map<String, Object[]> creates = new LinkedHashMap<>();
        creates.put("/api/cases", new Object[]{VN_INVESTIGATOR, caseBody("Located case")});
        recordSamples(subject).forEach((kind, body) ->
                creates.put("/api/cases/" + caseId + "/" + kind, new Object[]{creatorOf(kind), body}));
        int n = 0;
        for (var create : creates.entrySet()) {
            String token = (String) create.getValue()[0];
            String key = "location-test-" + n++;
            var first = as(token).header("Idempotency-Key", key).body(create.getValue()[1]).post(create.getKey())
                    .then().statusCode(201).extract();
            String id = first.path("id");
            String location = first.header("Location");
            assertEquals(create.getKey() + "/" + id, java.net.URI.create(location).getPath(), create.getKey());
            as(token).get(location).then().statusCode(200).body("id", is(id));
            long entries = Db.count("select count(*) from idempotency_record where idempotency_key = '" + key + "' and created_id = '" + id + "'");
            assertEquals(1, entries, "the created id is stored, not parsed back out of the Location");
            as(token).header("Idempotency-Key", key).body(create.getValue()[1]).post(create.getKey()).then().statusCode(201)
                    .header("Idempotent-Replayed", "true").header("Location", is(location)).body("id", is(id));
        }
    }
}
