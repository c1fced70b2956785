package org.mekong.jtf.common.audit;

import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.problem.ProblemException;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads share commits: their entries queue here and one writer inserts them in batches (one
 * multi-row INSERT, one commit) every {@code batch-delay} or every {@code batch-size} entries,
 * whichever comes first. While a batch is being written the next one fills, so under load batches
 * grow instead of queueing commits. Each waiting read is released only when its batch has
 * committed; if the batch cannot be written, every read in it fails with 503 — no read is answered
 * without its trail. No lock is taken: the sequencer links the entries into their chains later.
 */
@ApplicationScoped
public class AuditBatcher {

    private static final Logger LOG = Logger.getLogger(AuditBatcher.class);
    private static final String INSERT = "insert into audit_log (occurred_at, officer_id, agency, action, object_type,"
            + " object_id, owner_agency, request_id, outcome) select * from unnest($1::timestamptz[], $2::text[],"
            + " $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])";

    private record Waiting(List<AuditRecord> records, CompletableFuture<Void> done, Context context) {
    }

    private final Pool pool;
    private final Vertx vertx;
    private final AuditConfig config;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** True while a batch is scheduled or being written: there is only ever one writer. */
    private final AtomicBoolean writing = new AtomicBoolean();

    public AuditBatcher(AuditPools pools, Vertx vertx, AuditConfig config) {
        this.pool = pools.batches();
        this.vertx = vertx;
        this.config = config;
    }

    /** Completes (on the caller's context) once the entries are committed. */
    public Uni<Void> submit(List<AuditRecord> records) {
        if (records.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Uni.createFrom().completionStage(() -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            queue.add(new Waiting(records, done, Vertx.currentContext()));
            queued.addAndGet(records.size());
            schedule();
            return done;
        });
    }

    private void schedule() {
        if (writing.compareAndSet(false, true)) {
            if (queued.get() >= config.batchSize()) {
                vertx.runOnContext(v -> writeBatch());
            } else {
                vertx.setTimer(Math.max(1, config.batchDelay().toMillis()), t -> writeBatch());
            }
        }
    }

    private void writeBatch() {
        List<Waiting> batch = new ArrayList<>();
        int entries = 0;
        Waiting next;
        while (entries < config.batchSize() && (next = queue.poll()) != null) {
            batch.add(next);
            entries += next.records().size();
        }
        queued.addAndGet(-entries);
        if (batch.isEmpty()) {
            writing.set(false);
            // an entry queued between the poll and the reset would otherwise wait for the next one
            if (!queue.isEmpty()) {
                schedule();
            }
            return;
        }
        int n = entries;
        OffsetDateTime[] at = new OffsetDateTime[n];
        String[][] columns = new String[8][n];
        int i = 0;
        for (Waiting w : batch) {
            for (AuditRecord r : w.records()) {
                at[i] = r.occurredAt().atOffset(ZoneOffset.UTC);
                columns[0][i] = r.officerId();
                columns[1][i] = r.agency();
                columns[2][i] = r.action();
                columns[3][i] = r.objectType();
                columns[4][i] = r.objectId();
                columns[5][i] = r.ownerAgency();
                columns[6][i] = r.requestId();
                columns[7][i] = r.outcome();
                i++;
            }
        }
        Tuple params = Tuple.tuple().addArrayOfOffsetDateTime(at);
        for (String[] column : columns) {
            params.addArrayOfString(column);
        }
        pool.preparedQuery(INSERT).execute(params)
                .timeout(config.batchTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .onComplete(result -> {
                    if (result.succeeded()) {
                        batch.forEach(w -> release(w, null));
                    } else {
                        LOG.warnf("An audit batch of %d entries could not be written; its %d reads answer 503: %s",
                                n, batch.size(), result.cause().getMessage());
                        ProblemException unavailable = auditUnavailable();
                        batch.forEach(w -> release(w, unavailable));
                    }
                    // what queued while this batch was written goes next, without waiting again
                    if (!queue.isEmpty()) {
                        vertx.runOnContext(v -> writeBatch());
                    } else {
                        writing.set(false);
                        if (!queue.isEmpty()) {
                            schedule();
                        }
                    }
                });
    }

    private static void release(Waiting w, Throwable failure) {
        Runnable complete = failure == null ? () -> w.done().complete(null) : () -> w.done().completeExceptionally(failure);
        if (w.context() != null) {
            w.context().runOnContext(v -> complete.run());
        } else {
            complete.run();
        }
    }

    static ProblemException auditUnavailable() {
        return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                "the audit trail of this request could not be written, so it is not answered; retry shortly");
    }

    /** Entries still queued at shutdown are written, not dropped: their reads are waiting for them. */
    void onStop(@Observes ShutdownEvent event) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while ((!queue.isEmpty() || writing.get()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
