package org.mekong.jtf.cases;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mekong.jtf.cases.Api.*;

/**
 * Collections read together are fetched together: a page of records costs the same few statements
 * whether it holds one record or twenty (no query per record for its agencies, aliases or documents).
 */
@QuarkusTest
@io.quarkus.test.junit.TestProfile(QueryCountTest.WithStatistics.class)
class QueryCountTest {

    public static class WithStatistics implements io.quarkus.test.junit.QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @jakarta.inject.Inject
    org.hibernate.reactive.mutiny.Mutiny.SessionFactory sessions;

    @Test
    void listingRecordsCostsAFixedNumberOfStatements() {
        String caseId = openCase(VN_INVESTIGATOR, "Query count case", "LA-MPS");
        long forOne = statementsFor(caseId, 1);
        long forTwenty = statementsFor(caseId, 20);
        System.out.printf("statements for three list reads (seizures, subjects, cases), 1 item each: %d, 20 items each: %d%n", forOne, forTwenty);
        assertEquals(forOne, forTwenty, "a page of 20 took " + forTwenty + " statements, a page of 1 took " + forOne);
    }

    /** Adds records until the case has n of each kind, then counts the statements of reading each list once. */
    private long statementsFor(String caseId, int n) {
        String c = "/api/cases/" + caseId;
        int have = as(VN_ANALYST).get(c + "/seizures").then().extract().path("total");
        for (int i = have; i < n; i++) {
            as(VN_INVESTIGATOR).body(Map.of("substance", "HEROIN", "quantity", 1, "unit", "KG", "country", "VN",
                    "seizingAgencies", List.of("VN-C04", "LA-MPS"), "seizedAt", "2025-03-15T01:00:00Z")).post(c + "/seizures").then().statusCode(201);
            as(VN_INVESTIGATOR).body(Map.of("fullName", "Person " + i, "aliases", List.of("A" + i, "B" + i), "role", "COURIER",
                    "status", "WANTED", "identityDocuments", List.of(Map.of("type", "PASSPORT", "number", "P" + i, "issuingCountry", "VN"))))
                    .post(c + "/subjects").then().statusCode(201);
            openCase(VN_INVESTIGATOR, "Listed case " + i, "LA-MPS", "TH-ONCB");
        }
        var stats = sessions.getStatistics();
        // with Hibernate Reactive, statistics count queries and collection fetches (one SELECT each, batched or not)
        long before = stats.getQueryExecutionCount() + stats.getCollectionFetchCount();
        as(VN_ANALYST).get(c + "/seizures?size=20").then().statusCode(200).body("items", hasSize(n));
        as(VN_ANALYST).get(c + "/subjects?size=20").then().statusCode(200).body("items", hasSize(n));
        as(VN_ANALYST).get("/api/cases?size=" + n).then().statusCode(200).body("items", hasSize(n));
        return stats.getQueryExecutionCount() + stats.getCollectionFetchCount() - before;
    }
}
