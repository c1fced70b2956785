package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.DeliveryStatus;
import org.mekong.jtf.intel.domain.WebhookDelivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Webhook deliveries, an outbox written with each event and worked off by the deliverer. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, Long> {

    /** What a claimed delivery needs: where to, the secret, and the event. */
    public record Job(long deliveryId, String url, String secret, long eventId, String type, String payload, int attempts) {
    }

    /**
     * Claims due deliveries for one attempt: each is taken by one replica (SKIP LOCKED), counted as
     * attempted, and leased until {@code leaseUntil}; one whose replica dies mid-call is due again then.
     */
    public Uni<List<Job>> claimDue(Instant now, Instant leaseUntil, int limit) {
        return getSession().flatMap(s -> s.createNativeQuery("select id from hotline_delivery where status = 'PENDING'"
                        + " and next_attempt_at <= :now order by next_attempt_at limit :limit for update skip locked", Long.class)
                .setParameter("now", now).setParameter("limit", limit).getResultList()
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Job>of()) : s.createNativeQuery(
                                "update hotline_delivery set attempts = attempts + 1, next_attempt_at = :lease where id in (:ids)")
                        .setParameter("lease", leaseUntil).setParameter("ids", ids).executeUpdate()
                        .flatMap(updated -> s.createNativeQuery("select d.id, w.url, w.secret, e.id, e.type, e.payload, d.attempts"
                                        + " from hotline_delivery d join hotline_webhook w on w.id = d.webhook_id"
                                        + " join hotline_event e on e.id = d.event_id where d.id in (:ids) order by d.id", Object[].class)
                                .setParameter("ids", ids).getResultList())
                        .map(rows -> rows.stream().map(r -> new Job(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                                ((Number) r[3]).longValue(), (String) r[4], (String) r[5], ((Number) r[6]).intValue())).toList())));
    }

    public Uni<List<WebhookDelivery>> ofWebhook(UUID webhookId, DeliveryStatus status, int page, int size) {
        return (status == null ? find("webhookId", Sort.by("id").descending(), webhookId)
                : find("webhookId = ?1 and status = ?2", Sort.by("id").descending(), webhookId, status)).page(Page.of(page, size)).list();
    }

    public Uni<WebhookDelivery> findOfWebhook(UUID webhookId, long id) {
        return find("webhookId = ?1 and id = ?2", webhookId, id).firstResult();
    }
}
