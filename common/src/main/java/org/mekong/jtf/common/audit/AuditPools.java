package org.mekong.jtf.common.audit;

import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;

/**
 * Connections of the audit writer and the sequencer (as its own role when configured:
 * {@code mekong.audit.sequencer.username/password}), apart from the requests' pool: a read holds its
 * request connection while it waits for its batch to commit, so a batch that needed a connection
 * from that same pool could wait behind the very reads it would release.
 */
@Singleton
public class AuditPools {

    private final Pool batches;
    private final Pool sequencing;

    public AuditPools(Vertx vertx, Config config) {
        PgConnectOptions options = PgConnectOptions.fromUri(config.getValue("quarkus.datasource.reactive.url", String.class));
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
        options.setCachePreparedStatements(true);
        this.batches = PgBuilder.pool().with(new PoolOptions().setMaxSize(2).setName("audit-batches"))
                .connectingTo(options).using(vertx).build();
        // the sequencer's own role may complete audit rows, which the service's role may not
        PgConnectOptions sequencer = new PgConnectOptions(options);
        config.getOptionalValue("mekong.audit.sequencer.username", String.class).ifPresent(sequencer::setUser);
        sequencer.setPassword(config.getOptionalValue("mekong.audit.sequencer.password", String.class).orElse(options.getPassword()));
        this.sequencing = PgBuilder.pool().with(new PoolOptions().setMaxSize(1).setName("audit-sequencer"))
                .connectingTo(sequencer).using(vertx).build();
    }

    Pool batches() {
        return batches;
    }

    Pool sequencing() {
        return sequencing;
    }

    @PreDestroy
    void close() {
        batches.close();
        sequencing.close();
    }
}
