package org.mekong.jtf.intel.service;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mekong.jtf.intel.config.HotlineConfig;
import org.mekong.jtf.intel.repository.DeliveryRepository;

import java.util.ArrayList;
import java.util.List;

/**
 * Delivers hotline events to webhooks, at least once: claims due deliveries (one replica each), posts
 * them signed (WebhookSignatures) outside any transaction, and settles them — delivered, retried
 * later with backoff, or parked after repeated failure for an operator to see and replay. Receivers
 * deduplicate by {@code X-Mekong-Event-Id}.
 */
@ApplicationScoped
public class WebhookDeliverer {

    private static final Logger LOG = Logger.getLogger(WebhookDeliverer.class);

    private final DeliveryClaims claims;
    private final HotlineClock clock;
    private final HotlineConfig config;
    private final HttpClient http;

    public WebhookDeliverer(DeliveryClaims claims, HotlineClock clock, HotlineConfig config, Vertx vertx) {
        this.claims = claims;
        this.clock = clock;
        this.config = config;
        this.http = vertx.createHttpClient();
    }

    @Scheduled(every = "${mekong.hotline.webhooks.every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick().onFailure().recoverWithItem(e -> {
            LOG.warnf("Webhook deliveries deferred to the next tick: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** One round: returns how many deliveries were attempted. */
    public Uni<Integer> tick() {
        return claims.claim(clock.now()).flatMap(jobs -> attempt(jobs, 0, new ArrayList<>())
                .flatMap(outcomes -> claims.settle(outcomes, clock.now())).replaceWith(jobs.size()));
    }

    private Uni<List<DeliveryClaims.Outcome>> attempt(List<DeliveryRepository.Job> jobs, int from, List<DeliveryClaims.Outcome> done) {
        if (from == jobs.size()) {
            return Uni.createFrom().item(done);
        }
        return post(jobs.get(from)).invoke(done::add).flatMap(o -> attempt(jobs, from + 1, done));
    }

    private static String clip(String text) {
        return text.length() <= 900 ? text : text.substring(0, 900);
    }

    private Uni<DeliveryClaims.Outcome> post(DeliveryRepository.Job job) {
        long now = clock.now().getEpochSecond();
        long timeout = config.webhooks().timeout().toMillis();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(job.url())
                .setConnectTimeout(timeout).setIdleTimeout(timeout)
                .putHeader("Content-Type", "application/json")
                .putHeader("X-Mekong-Event-Id", String.valueOf(job.eventId()))
                .putHeader("X-Mekong-Event-Type", job.type())
                .putHeader(WebhookSignatures.HEADER, WebhookSignatures.header(job.secret(), now, job.payload()));
        var sent = http.request(options).compose(request -> request.send(job.payload())).compose(response -> response.body()
                .map(body -> response.statusCode() / 100 == 2 ? null : "HTTP " + response.statusCode()));
        return Uni.createFrom().completionStage(sent.toCompletionStage())
                .map(error -> new DeliveryClaims.Outcome(job.deliveryId(), error))
                .onFailure().recoverWithItem(e -> new DeliveryClaims.Outcome(job.deliveryId(),
                        "not delivered: " + (e.getMessage() == null ? "no answer" : clip(e.getMessage()))));
    }
}
