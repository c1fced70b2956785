package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;
import org.mekong.jtf.cases.client.HotlineApi;
import org.mekong.jtf.cases.client.CorrelationApi;
import org.mekong.jtf.cases.client.MachineTokens;
import org.mekong.jtf.cases.domain.OutboxEntry;
import org.mekong.jtf.cases.repository.OutboxRepository;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Delivers the outbox — hotline alerts, the correlation index's case records and participants — at
 * least once, oldest first, from any number of replicas: a tick leases a
 * batch in a short transaction (FOR UPDATE SKIP LOCKED, then the next attempt moved past the lease),
 * calls the receiver outside any transaction, and records each outcome in its own. A receiver that is
 * down or refuses is tried again later, waiting twice as long each time (up to an hour); a lease that
 * lapses because this replica died is taken by the next tick anywhere. The receiver is idempotent on
 * the entry's id, so a delivery made twice lands once.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH = 50;
    private static final int MAX_ROUNDS = 40;
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final long MAX_BACKOFF_SECONDS = 3600;

    private final OutboxRepository outbox;
    private final HotlineApi hotline;
    private final CorrelationApi correlation;
    private final MachineTokens tokens;
    private volatile boolean warnedUnconfigured;

    public OutboxRelay(OutboxRepository outbox, @RestClient HotlineApi hotline, @RestClient CorrelationApi correlation,
                       MachineTokens tokens) {
        this.outbox = outbox;
        this.hotline = hotline;
        this.correlation = correlation;
        this.tokens = tokens;
    }

    @Scheduled(every = "${mekong.outbox.relay.every:2s}", delayed = "${mekong.outbox.relay.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return relay().onFailure().recoverWithItem(e -> {
            LOG.warnf("Outbox delivery deferred to the next tick: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** One tick: leases what is due, delivers it in order; returns how many were delivered. */
    public Uni<Integer> relay() {
        if (!tokens.configured()) {
            if (!warnedUnconfigured) {
                warnedUnconfigured = true;
                LOG.warn("No mekong.integration.signing-key-location: hotline alerts stay in the outbox until one is configured");
            }
            return Uni.createFrom().item(0);
        }
        return drain(0, 0);
    }

    /** Batch after batch while they come full (a burst of changes is not left to wait for the next tick), up to a bound. */
    private Uni<Integer> drain(int round, int delivered) {
        return Panache.withTransaction(() -> {
            Instant now = TrackedRecord.now();
            return outbox.lockDue(now, BATCH).invoke(due -> due.forEach(e -> {
                e.attempts++;
                e.nextAttemptAt = now.plus(LEASE);
            }));
        }).flatMap(leased -> deliverAll(leased, 0, 0).flatMap(done -> leased.size() == BATCH && round + 1 < MAX_ROUNDS
                ? drain(round + 1, delivered + done) : Uni.createFrom().item(delivered + done)));
    }

    private Uni<Integer> deliverAll(List<OutboxEntry> leased, int from, int delivered) {
        if (from == leased.size()) {
            return Uni.createFrom().item(delivered);
        }
        OutboxEntry entry = leased.get(from);
        return deliver(entry).onItemOrFailure().transformToUni((ok, failure) -> record(entry, failure))
                .flatMap(ok -> deliverAll(leased, from + 1, delivered + (ok ? 1 : 0)));
    }

    private Uni<Void> deliver(OutboxEntry entry) {
        return Uni.createFrom().deferred(() -> {
                    String bearer = tokens.bearerFor(entry.agency);
                    return switch (entry.destination) {
                        case OutboxEntry.HOTLINE_ALERT -> hotline.raise(bearer, entry.payload);
                        case OutboxEntry.CASE_RECORD -> {
                            String[] typeAndId = entry.resource.split("/", 2);
                            yield correlation.record(bearer, typeAndId[0], typeAndId[1], entry.payload);
                        }
                        case OutboxEntry.CASE_PARTICIPANTS -> correlation.participants(bearer, entry.resource, entry.payload);
                        default -> Uni.createFrom().failure(new IllegalStateException("no receiver for " + entry.destination));
                    };
                })
                .ifNoItem().after(CALL_TIMEOUT).fail()
                .replaceWithVoid();
    }

    /** The outcome in its own transaction: delivered, or the next attempt after a back-off. */
    private Uni<Boolean> record(OutboxEntry entry, Throwable failure) {
        Instant now = TrackedRecord.now();
        return Panache.withTransaction(() -> outbox.findById(entry.id).invoke(kept -> {
            if (failure == null) {
                kept.deliveredAt = now;
                kept.lastError = null;
            } else {
                long wait = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(20, kept.attempts));
                kept.nextAttemptAt = now.plusSeconds(wait);
                String message = failure.getClass().getSimpleName() + ": " + failure.getMessage();
                kept.lastError = message.length() > 300 ? message.substring(0, 300) : message;
            }
        })).map(kept -> failure == null).onFailure().recoverWithItem(false);
    }
}
