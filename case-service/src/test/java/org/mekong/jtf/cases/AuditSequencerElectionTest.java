package org.mekong.jtf.cases;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.PgPool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditSequencer;
import org.mekong.jtf.common.audit.AuditSequencing;
import org.mekong.jtf.common.audit.CheckpointSigner;
import org.mekong.jtf.common.security.Caller;

import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;

import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.*;
import static org.mekong.jtf.cases.Api.*;

@QuarkusTest
class AuditSequencerElectionTest {

    @Inject
    Vertx vertx;
    @Inject
    AuditSequencing thisReplica;
    @Inject
    CheckpointSigner signer;
    @Inject
    AuditLog audit;

    /**
     * A second replica's sequencer on the same database: it waits while the first leads, takes over
     * when the leader's connection dies, and the chains stay single lines throughout.
     */
    @Test
    void twoReplicasElectOneSequencerAndTheChainStaysSingle() throws Exception {
        String caseId = openCase(VN_INVESTIGATOR, "Two replicas case", "LA-MPS");
        await(thisReplica::leading, "this replica leads");
        PgPool secondReplicaPool = PgPool.pool(vertx, new PgConnectOptions().setHost(env("DB_HOST", "127.0.0.1"))
                .setPort(Integer.parseInt(env("DB_PORT", "5432"))).setDatabase("mekong_case_test")
                .setUser(env("DB_USER", "postgres")).setPassword(env("DB_PASSWORD", "")), new PoolOptions().setMaxSize(2));
        AuditSequencer secondReplica = new AuditSequencer(vertx, secondReplicaPool, signer, "mekong-jtf/case-service/audit",
                1000, Duration.ofMillis(20), Duration.ofMillis(100));
        try {
            secondReplica.start();
            for (int i = 0; i < 20; i++) {
                as(i % 2 == 0 ? VN_ANALYST : LA_INVESTIGATOR).get("/api/cases/" + caseId).then().statusCode(200);
            }
            Db.awaitSequenced();
            assertTrue(thisReplica.leading());
            assertFalse(secondReplica.leading(), "only one sequencer leads");
            assertEquals(0, secondReplica.sequencedEntries());

            // the leader's connection dies (its replica crashed, say): the lock goes with it
            Db.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted"
                    + " and database = (select oid from pg_database where datname = current_database())");
            for (int i = 0; i < 20; i++) {
                as(VN_ANALYST).get("/api/cases/" + caseId).then().statusCode(200);
            }
            await(secondReplica::leading, "the second replica takes over");
            Db.awaitSequenced();
            assertFalse(thisReplica.leading(), "the old leader does not come back while the new one leads");
            assertTrue(secondReplica.sequencedEntries() > 0);
            Db.verified(VN_AUDITOR).body("valid", is(true)).body("awaitingSequencing", is(0));
        } finally {
            secondReplica.stop().toCompletionStage().toCompletableFuture().get();
            secondReplicaPool.close();
        }
        await(thisReplica::leading, "this replica leads again once the other has gone");
    }

    /** A write's entry is in the write's transaction: if the change rolls back, so does the entry. */
    @Test
    void aWriteThatRollsBackLeavesNoEntry() throws Throwable {
        Caller caller = new Caller("vn-inv-1", "VN-C04", "VN", Set.of("investigator"), "rolled-back-write");
        assertThrows(Exception.class, () -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                audit.record(caller, "case_updated", "case", "some-case", "VN-C04")
                        .flatMap(v -> Uni.createFrom().failure(new IllegalStateException("the change itself failed"))))));
        assertEquals(0, Db.count("select count(*) from audit_log where request_id = 'rolled-back-write'"));

        Caller committed = new Caller("vn-inv-1", "VN-C04", "VN", Set.of("investigator"), "committed-write");
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                audit.record(committed, "case_updated", "case", "some-case", "VN-C04")));
        assertEquals(1, Db.count("select count(*) from audit_log where request_id = 'committed-write'"));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
