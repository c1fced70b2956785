package org.mekong.jtf.intel.service;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mekong.jtf.intel.config.HotlineConfig;
import org.mekong.jtf.intel.repository.HotlineEventStore;
import org.mekong.jtf.intel.repository.HotlineEventStore.Event;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The live feed of each agency's hotline events, on every replica. The event log in the database is
 * the truth; PostgreSQL's LISTEN/NOTIFY (already there, no broker to run) only says "there is more
 * for agency X", on commit, to every replica's listener — so an event written through any replica
 * reaches the subscribers of all. Each subscriber reads the log after the last id it sent, so
 * notifications that coalesce or are lost (a listener reconnecting) cost nothing: the heartbeat
 * re-reads the log too. A client that reconnects with Last-Event-ID gets everything after it.
 */
@Singleton
public class HotlineFeed {

    private static final Logger LOG = Logger.getLogger(HotlineFeed.class);
    private static final String CHANNEL = "hotline_events";
    private static final int PAGE = 200;

    /** What a subscriber receives: an event, or a heartbeat to keep the connection open. */
    public record Item(Event event) {
        public boolean heartbeat() {
            return event == null;
        }
    }

    private final Vertx vertx;
    private final HotlineEventStore store;
    private final HotlineConfig config;
    private final PgConnectOptions connectOptions;
    private final Map<String, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private PgSubscriber listener;

    public HotlineFeed(Vertx vertx, HotlineEventStore store, HotlineConfig config,
                       @ConfigProperty(name = "quarkus.datasource.reactive.url") String url,
                       @ConfigProperty(name = "quarkus.datasource.username") String user,
                       @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "") String password) {
        this.vertx = vertx;
        this.store = store;
        this.config = config;
        this.connectOptions = PgConnectOptions.fromUri(url.startsWith("vertx-reactive:") ? url.substring("vertx-reactive:".length()) : url)
                .setUser(user).setPassword(password);
    }

    void onStart(@Observes StartupEvent event) {
        listener = PgSubscriber.subscriber(vertx, connectOptions).reconnectPolicy(retries -> 1_000L);
        listener.channel(CHANNEL).handler(this::notified);
        listener.connect().onFailure(e -> LOG.warnf("The hotline feed listens again in 1 s: %s", e.getMessage()));
    }

    void onStop(@Observes ShutdownEvent event) {
        if (listener != null) {
            listener.close();
        }
    }

    private void notified(String payload) {
        int colon = payload.indexOf(':');
        Set<Subscriber> waiting = subscribers.get(colon < 0 ? payload : payload.substring(0, colon));
        if (waiting != null) {
            waiting.forEach(Subscriber::poll);
        }
    }

    /** The agency's events after {@code lastEventId} (or from now when null), as they come, with heartbeats. */
    public Multi<Item> follow(String agency, Long lastEventId) {
        return Multi.createFrom().emitter(emitter -> {
            Subscriber s = new Subscriber(agency, emitter);
            var start = lastEventId != null ? io.vertx.core.Future.succeededFuture(lastEventId) : store.latest(agency);
            start.onSuccess(from -> {
                s.lastId = from;
                subscribers.computeIfAbsent(agency, a -> ConcurrentHashMap.newKeySet()).add(s);
                s.timer = vertx.setPeriodic(config.feedHeartbeat().toMillis(), id -> {
                    emitter.emit(new Item(null));
                    s.poll();
                });
                emitter.onTermination(() -> s.close());
                s.poll();
            }).onFailure(emitter::fail);
        });
    }

    private final class Subscriber {
        final String agency;
        final MultiEmitter<? super Item> emitter;
        final AtomicBoolean polling = new AtomicBoolean();
        final AtomicBoolean again = new AtomicBoolean();
        volatile long lastId;
        volatile long timer = -1;

        Subscriber(String agency, MultiEmitter<? super Item> emitter) {
            this.agency = agency;
            this.emitter = emitter;
        }

        /** Reads and sends what is new; one read at a time, another right after if asked meanwhile. */
        void poll() {
            if (!polling.compareAndSet(false, true)) {
                again.set(true);
                return;
            }
            store.after(agency, lastId, PAGE).onComplete(result -> {
                if (result.succeeded()) {
                    for (Event e : result.result()) {
                        if (emitter.isCancelled()) {
                            break;
                        }
                        emitter.emit(new Item(e));
                        lastId = e.id();
                    }
                    if (result.result().size() == PAGE) {
                        again.set(true);
                    }
                } else {
                    LOG.debugf("The hotline feed of %s reads again at the next heartbeat: %s", agency, result.cause().getMessage());
                }
                polling.set(false);
                if (again.getAndSet(false) && !emitter.isCancelled()) {
                    poll();
                }
            });
        }

        void close() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
            }
            Set<Subscriber> all = subscribers.get(agency);
            if (all != null) {
                all.remove(this);
            }
        }
    }
}
