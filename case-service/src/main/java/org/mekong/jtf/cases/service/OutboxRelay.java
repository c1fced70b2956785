package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers the outbox — hotline alerts, the correlation index's case records and participants — at
 * least once, oldest first (a record's entries in order, different records side by side), from any
 * number of replicas: a tick leases a
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
    private static final int CONCURRENCY = 8;
    private static final Duration LEASE = Duration.ofMinutes(1);
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(3);
    private static final long MAX_BACKOFF_SECONDS = 3600;

    private final OutboxRepository outbox;
    private final HotlineApi hotline;
    private final CorrelationApi correlation;
    private final MachineTokens tokens;
    private final MeterRegistry metrics;
    /** What waits in the outbox, as of the last tick: an operator's first sign that a receiver is down. */
    private final AtomicLong pending = new AtomicLong();
    private volatile boolean warnedUnconfigured;

    public OutboxRelay(OutboxRepository outbox, @RestClient HotlineApi hotline, @RestClient CorrelationApi correlation,
                       MachineTokens tokens, MeterRegistry metrics) {
        this.metrics = metrics;
        Gauge.builder("mekong_outbox_pending", pending, AtomicLong::get)
                .description("Outbox entries not delivered yet (as of the relay's last tick)").register(metrics);
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

    /** One tick: leases what is due, delivers it; returns how many were delivered. */
    public Uni<Integer> relay() {
        if (!tokens.configured()) {
            if (!warnedUnconfigured) {
                warnedUnconfigured = true;
                LOG.warn("Neither mekong.integration.token-url nor signing-key-location: the outbox keeps what it holds until one is configured");
            }
            return Uni.createFrom().item(0);
        }
        // the HTTP answers may arrive on other threads: the database is used from this tick's Vert.x context only
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        java.util.concurrent.Executor onContext = context == null ? Runnable::run : command -> context.runOnContext(ignored -> command.run());
        return drain(0, 0, onContext).emitOn(onContext)
                .call(delivered -> Panache.withSession(() -> outbox.pending()).invoke(pending::set));
    }

    /** Batch after batch while they come full (a burst of changes is not left to wait for the next tick), up to a bound. */
    private Uni<Integer> drain(int round, int delivered, java.util.concurrent.Executor onContext) {
        return Panache.withTransaction(() -> {
            Instant now = TrackedRecord.now();
            return outbox.lockDue(now, BATCH).invoke(due -> due.forEach(e -> {
                e.attempts++;
                e.nextAttemptAt = now.plus(LEASE);
            }));
        }).flatMap(leased -> deliverConcurrently(leased).emitOn(onContext).flatMap(this::record)
                .flatMap(done -> leased.size() == BATCH && round + 1 < MAX_ROUNDS
                        ? drain(round + 1, delivered + done, onContext) : Uni.createFrom().item(delivered + done)));
    }

    /** An entry, and why its delivery failed (null when it was delivered). */
    private record Outcome(OutboxEntry entry, Throwable failure) {
    }

    /**
     * A batch's entries for different records go out side by side (a few at a time); those for the
     * same record one after the other, oldest first, so that the receiver sees its changes in order.
     * Only HTTP happens here; the outcomes are recorded together afterwards.
     */
    private Uni<List<Outcome>> deliverConcurrently(List<OutboxEntry> leased) {
        Map<String, List<OutboxEntry>> byRecord = new LinkedHashMap<>();
        leased.forEach(e -> byRecord.computeIfAbsent(e.destination + ":" + (e.resource != null ? e.resource : e.id), k -> new ArrayList<>()).add(e));
        return Multi.createFrom().iterable(byRecord.values())
                .onItem().transformToUni(entries -> inOrder(entries, 0, new ArrayList<>())).merge(CONCURRENCY)
                .collect().asList()
                .map(groups -> groups.stream().flatMap(List::stream).toList());
    }

    private Uni<List<Outcome>> inOrder(List<OutboxEntry> entries, int from, List<Outcome> outcomes) {
        if (from == entries.size()) {
            return Uni.createFrom().item(outcomes);
        }
        OutboxEntry entry = entries.get(from);
        return deliver(entry).onItemOrFailure().transform((ok, failure) -> outcomes.add(new Outcome(entry, failure)))
                .flatMap(added -> inOrder(entries, from + 1, outcomes));
    }

    /** The outcomes in one transaction: delivered, or the next attempt after a back-off. Returns how many were delivered. */
    private Uni<Integer> record(List<Outcome> outcomes) {
        if (outcomes.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = TrackedRecord.now();
        return Panache.withTransaction(() -> outbox.byIds(outcomes.stream().map(o -> o.entry().id).toList()).invoke(kept -> {
            Map<java.util.UUID, OutboxEntry> byId = new java.util.HashMap<>();
            kept.forEach(k -> byId.put(k.id, k));
            for (Outcome o : outcomes) {
                metrics.counter("mekong_outbox_attempts", "destination", o.entry().destination,
                        "outcome", o.failure() == null ? "delivered" : "failed").increment();
                OutboxEntry k = byId.get(o.entry().id);
                if (k == null) {
                    continue;
                }
                if (o.failure() == null) {
                    k.deliveredAt = now;
                    k.lastError = null;
                } else {
                    long wait = Math.min(MAX_BACKOFF_SECONDS, 1L << Math.min(20, k.attempts));
                    k.nextAttemptAt = now.plusSeconds(wait);
                    String message = o.failure().getClass().getSimpleName() + ": " + o.failure().getMessage();
                    k.lastError = message.length() > 300 ? message.substring(0, 300) : message;
                }
            }
        })).map(kept -> (int) outcomes.stream().filter(o -> o.failure() == null).count())
                .onFailure().recoverWithItem(0);
    }

    /**
     * A token (the identity provider's own timeouts bound that), then the call, within CALL_TIMEOUT. A
     * token the receiver refuses is forgotten, so that the retry gets another.
     */
    private Uni<Void> deliver(OutboxEntry entry) {
        return Uni.createFrom().deferred(() -> tokens.bearerFor(entry.agency))
                .flatMap(bearer -> send(entry, bearer).ifNoItem().after(CALL_TIMEOUT).fail()
                        .onFailure(OutboxRelay::unauthorized).invoke(refused -> tokens.forget(entry.agency)))
                .replaceWithVoid();
    }

    private Uni<?> send(OutboxEntry entry, String bearer) {
        return switch (entry.destination) {
            case OutboxEntry.HOTLINE_ALERT -> hotline.raise(bearer, entry.payload);
            case OutboxEntry.CASE_RECORD -> {
                String[] typeAndId = entry.resource.split("/", 2);
                yield correlation.record(bearer, typeAndId[0], typeAndId[1], entry.payload);
            }
            case OutboxEntry.CASE_PARTICIPANTS -> correlation.participants(bearer, entry.resource, entry.payload);
            default -> Uni.createFrom().failure(new IllegalStateException("no receiver for " + entry.destination));
        };
    }

    private static boolean unauthorized(Throwable failure) {
        return failure instanceof jakarta.ws.rs.WebApplicationException refused && refused.getResponse() != null
                && refused.getResponse().getStatus() == 401;
    }
}
