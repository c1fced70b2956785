package org.mekong.jtf.common.idempotency;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Idempotency records are kept for {@code mekong.idempotency.retention} (24 h: long enough for any
 * client's retries) and then deleted, every ten minutes, so the table stays the size of a day's
 * creates. Lookups ignore older records already, so the exact moment of deletion does not matter.
 */
@Singleton
public class IdempotencyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class);
    private static final long SWEEP_MILLIS = Duration.ofMinutes(10).toMillis();

    private final Vertx vertx;
    private final Pool pool;
    private final Duration retention;
    private long timer = -1;

    public IdempotencyExpiry(Vertx vertx, Pool pool,
                             @ConfigProperty(name = "mekong.idempotency.retention", defaultValue = "24h") Duration retention) {
        this.vertx = vertx;
        this.pool = pool;
        this.retention = retention;
    }

    void onStart(@Observes StartupEvent event) {
        timer = vertx.setPeriodic(1_000, SWEEP_MILLIS, id -> sweep());
    }

    void onStop(@Observes ShutdownEvent event) {
        vertx.cancelTimer(timer);
    }

    void sweep() {
        OffsetDateTime cutoff = OffsetDateTime.now(ZoneOffset.UTC).minus(retention);
        pool.preparedQuery("delete from idempotency_record where created_at < $1").execute(Tuple.of(cutoff))
                .onSuccess(deleted -> {
                    if (deleted.rowCount() > 0) {
                        LOG.debugf("Deleted %d expired idempotency records", deleted.rowCount());
                    }
                })
                .onFailure(e -> LOG.warnf("Expired idempotency records could not be deleted now: %s", e.getMessage()));
    }
}
