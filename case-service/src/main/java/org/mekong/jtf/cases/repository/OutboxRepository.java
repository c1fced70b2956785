package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.OutboxEntry;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OutboxRepository implements PanacheRepositoryBase<OutboxEntry, UUID> {

    /**
     * Entries due for delivery, oldest first, locked for this transaction and skipped by any other
     * replica's relay (FOR UPDATE SKIP LOCKED); the caller leases them by moving their next attempt.
     */
    public Uni<List<OutboxEntry>> lockDue(Instant now, int limit) {
        return getSession().flatMap(s -> s.createNativeQuery("""
                        select id from outbox where delivered_at is null and next_attempt_at <= :now
                        order by created_at, id limit :limit for update skip locked""", UUID.class)
                        .setParameter("now", now).setParameter("limit", limit).getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<OutboxEntry>of())
                        : list("id in ?1 order by createdAt, id", ids));
    }

    public Uni<List<OutboxEntry>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /** How many entries still wait for delivery (the partial index of V8 holds exactly those). */
    public Uni<Long> pending() {
        return count("deliveredAt is null");
    }
}
