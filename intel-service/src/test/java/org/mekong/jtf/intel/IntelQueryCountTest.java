package org.mekong.jtf.intel;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.hibernate.reactive.mutiny.Mutiny;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mekong.jtf.intel.Api.*;

/**
 * What a read costs in statements: a report read by a recipient, and a page of reports, whose
 * collections, shares and agreements come in batches — twenty reports cost what one does.
 */
@QuarkusTest
@TestProfile(IntelQueryCountTest.WithStatistics.class)
class IntelQueryCountTest {

    public static class WithStatistics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.hibernate-orm.statistics", "true");
        }
    }

    @Inject
    Mutiny.SessionFactory sessions;

    private long statements(Runnable reads) {
        var stats = sessions.getStatistics();
        // with Hibernate Reactive, statistics count queries and collection fetches (one SELECT each)
        long before = stats.getQueryExecutionCount() + stats.getCollectionFetchCount();
        reads.run();
        return stats.getQueryExecutionCount() + stats.getCollectionFetchCount() - before;
    }

    @Test
    void aReadAndAPageCostAFewStatementsWhateverTheirSize() {
        String tag = "count-" + UUID.randomUUID().toString().substring(0, 8);
        String id = published(tag + " 0", "AMBER", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        long read = statements(() -> as(TH_ANALYST).get(REPORTS + "/" + id).then().statusCode(200));
        long pageOfOne = statements(() -> as(TH_ANALYST).get(REPORTS + "?q=" + tag).then().statusCode(200).body("items", hasSize(1)));
        for (int i = 1; i < 20; i++) {
            published(tag + " " + i, "AMBER", "H1", List.of(to("TH-ONCB", "VN-TH-1998", "INVESTIGATION")));
        }
        long pageOfTwenty = statements(() -> as(TH_ANALYST).get(REPORTS + "?q=" + tag + "&size=20").then().statusCode(200)
                .body("items", hasSize(20)));
        System.out.printf("statements: a report read %d, a page of 1 %d, a page of 20 %d%n", read, pageOfOne, pageOfTwenty);
        assertEquals(pageOfOne, pageOfTwenty, "a page of 20 took " + pageOfTwenty + " statements, a page of 1 " + pageOfOne);
        assertTrue(read <= 6, "a read took " + read + " statements");
    }
}
