package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mekong.jtf.intel.domain.HotlineMessage;
import org.mekong.jtf.intel.repository.HotlineMessageRepository;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The deadline clock. Every few seconds, on every replica, one transaction takes the unacknowledged
 * messages past their deadline (FOR UPDATE SKIP LOCKED, so a message is taken by one replica only),
 * raises their escalation level and records and announces the escalation — all or nothing. The level
 * is in the database, not in memory: after a restart, or on another replica, a due escalation is made
 * at the next tick, and never twice. Level 1 alerts the receiving agency's supervisors at the
 * acknowledgement deadline, level 2 its commanders at twice the deadline; a message found past both
 * (after an outage) gets both, in order.
 */
@ApplicationScoped
public class HotlineEscalator {

    private static final Logger LOG = Logger.getLogger(HotlineEscalator.class);
    private static final int BATCH = 100;

    private final HotlineMessageRepository messages;
    private final HotlineEvents events;
    private final HotlineClock clock;

    public HotlineEscalator(HotlineMessageRepository messages, HotlineEvents events, HotlineClock clock) {
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    @Scheduled(every = "${mekong.hotline.escalation.every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick().onFailure().recoverWithItem(e -> {
            LOG.warnf("Hotline escalation deferred to the next tick: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** One tick: the escalations due now; returns how many were made. */
    @WithTransaction
    public Uni<Integer> tick() {
        Instant now = clock.now();
        return escalate(1, now).flatMap(first -> messages.flush().flatMap(flushed -> escalate(2, now)).map(second -> first + second));
    }

    private Uni<Integer> escalate(int level, Instant now) {
        return messages.dueForEscalation(level, now, BATCH).call(due -> announceAll(due, level, now, 0)).map(List::size);
    }

    private Uni<Void> announceAll(List<HotlineMessage> due, int level, Instant now, int from) {
        if (from == due.size()) {
            return Uni.createFrom().voidItem();
        }
        HotlineMessage m = due.get(from);
        m.escalationLevel = level;
        m.escalatedAt = now;
        m.updatedAt = now;
        m.updatedBy = "hotline-deadline-clock";
        String alerted = level == 1 ? "supervisors" : "commanders";
        String text = m.reference + " (" + m.priority + ") is not acknowledged " + (level == 1 ? "by its deadline " + m.ackDeadline
                : "at twice its deadline") + ": escalated to the " + alerted + " of " + m.toAgency;
        return events.announce(m, "MESSAGE_ESCALATED", now, "hotline-deadline-clock", m.toAgency, text,
                        Map.of("level", level, "alerted", alerted, "alertedAgency", m.toAgency))
                .flatMap(done -> announceAll(due, level, now, from + 1));
    }
}
