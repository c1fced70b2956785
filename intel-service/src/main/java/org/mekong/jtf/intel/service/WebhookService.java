package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.DeliveryStatus;
import org.mekong.jtf.intel.domain.Webhook;
import org.mekong.jtf.intel.domain.WebhookDelivery;
import org.mekong.jtf.intel.repository.DeliveryRepository;
import org.mekong.jtf.intel.repository.WebhookRepository;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeliveryView;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.WebhookCreate;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.WebhookView;

import java.util.List;
import java.util.UUID;

/** An agency's webhooks for its national systems, and the operator's view of their deliveries. */
@ApplicationScoped
@RunsToCompletion
public class WebhookService {

    static final String WEBHOOK = "hotline-webhook";

    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final HotlineClock clock;
    private final AuditLog audit;

    public WebhookService(WebhookRepository webhooks, DeliveryRepository deliveries, HotlineClock clock, AuditLog audit) {
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.clock = clock;
        this.audit = audit;
    }

    /** Registers a webhook for the caller's agency; its secret is in this answer only. */
    @WithTransaction
    public Uni<WebhookView> register(Caller caller, WebhookCreate request) {
        Webhook w = new Webhook();
        w.created(caller);
        w.agency = caller.agency();
        w.url = request.url();
        w.secret = WebhookSignatures.newSecret();
        w.active = true;
        return webhooks.persist(w).call(saved -> audit.record(caller, "webhook-registered", WEBHOOK, w.id, w.agency))
                .map(saved -> new WebhookView(w.id, w.agency, w.url, w.active, w.secret, w.createdAt));
    }

    @WithSession
    public Uni<List<WebhookView>> ofAgency(Caller caller) {
        return webhooks.ofAgency(caller.agency()).map(found -> found.stream().map(WebhookService::withoutSecret).toList());
    }

    @WithTransaction
    public Uni<WebhookView> deactivate(Caller caller, UUID id) {
        return owned(caller, id).invoke(w -> {
            w.active = false;
            w.updated(caller);
        }).call(w -> audit.record(caller, "webhook-deactivated", WEBHOOK, w.id, w.agency)).map(WebhookService::withoutSecret);
    }

    @WithSession
    public Uni<List<DeliveryView>> deliveries(Caller caller, UUID id, DeliveryStatus status, int page, int size) {
        return owned(caller, id).flatMap(w -> deliveries.ofWebhook(w.id, status, page, size))
                .map(found -> found.stream().map(WebhookService::view).toList());
    }

    /** An operator sends a parked (or delivered) delivery again, from a fresh count of attempts. */
    @WithTransaction
    public Uni<DeliveryView> replay(Caller caller, UUID id, long deliveryId) {
        return owned(caller, id).flatMap(w -> deliveries.findOfWebhook(w.id, deliveryId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("delivery " + deliveryId))
                .invoke(d -> {
                    if (d.status == DeliveryStatus.PENDING) {
                        throw ProblemException.conflict("delivery " + deliveryId + " is still being attempted");
                    }
                    d.status = DeliveryStatus.PENDING;
                    d.attempts = 0;
                    d.nextAttemptAt = clock.now();
                    d.lastError = null;
                })
                .call(d -> audit.record(caller, "webhook-delivery-replayed", WEBHOOK, w.id, w.agency)))
                .map(WebhookService::view);
    }

    private Uni<Webhook> owned(Caller caller, UUID id) {
        return webhooks.findOwned(id, caller.agency()).onItem().ifNull().failWith(() -> ProblemException.notFound("webhook " + id));
    }

    private static WebhookView withoutSecret(Webhook w) {
        return new WebhookView(w.id, w.agency, w.url, w.active, null, w.createdAt);
    }

    static DeliveryView view(WebhookDelivery d) {
        return new DeliveryView(d.id, d.webhookId, d.eventId, d.status, d.attempts, d.nextAttemptAt, d.lastError, d.deliveredAt);
    }
}
