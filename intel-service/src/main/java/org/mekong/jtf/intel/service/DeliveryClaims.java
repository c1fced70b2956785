package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.config.HotlineConfig;
import org.mekong.jtf.intel.domain.DeliveryStatus;
import org.mekong.jtf.intel.repository.DeliveryRepository;

import java.time.Instant;
import java.util.List;

/** The deliverer's two short transactions around its HTTP calls: claim what is due, then settle what came of it. */
@ApplicationScoped
public class DeliveryClaims {

    static final int BATCH = 20;

    /** What one attempt came to: null error for a 2xx. */
    public record Outcome(long deliveryId, String error) {
    }

    private final DeliveryRepository deliveries;
    private final HotlineConfig config;

    public DeliveryClaims(DeliveryRepository deliveries, HotlineConfig config) {
        this.deliveries = deliveries;
        this.config = config;
    }

    @WithTransaction
    public Uni<List<DeliveryRepository.Job>> claim(Instant now) {
        return deliveries.claimDue(now, now.plus(config.webhooks().lease()), BATCH);
    }

    /** Delivered; or, after a failure, retried with doubling waits until maxAttempts, then parked. */
    @WithTransaction
    public Uni<Void> settle(List<Outcome> outcomes, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Outcome o : outcomes) {
            chain = chain.call(() -> deliveries.findById(o.deliveryId()).invoke(d -> {
                if (o.error() == null) {
                    d.status = DeliveryStatus.DELIVERED;
                    d.deliveredAt = now;
                    d.lastError = null;
                } else if (d.attempts >= config.webhooks().maxAttempts()) {
                    d.status = DeliveryStatus.PARKED;
                    d.lastError = o.error();
                } else {
                    d.nextAttemptAt = now.plus(config.webhooks().retryBase().multipliedBy(1L << Math.min(20, d.attempts - 1)));
                    d.lastError = o.error();
                }
            }));
        }
        return chain;
    }
}
