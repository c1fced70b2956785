package org.mekong.jtf.common.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.concurrent.TimeUnit;

/**
 * Runs this replica's candidate for the one audit sequencer of its database (the signing key is
 * checked at start, so a prod start without one fails here) and publishes its metrics:
 * {@code audit_sequencer_leader} (1 on the replica that sequences), {@code audit_sequencing_lag_seconds}
 * (how long the oldest entry of the last batch waited) and {@code audit_sequenced_entries_total}.
 */
@Singleton
public class AuditSequencing {

    private final AuditSequencer sequencer;
    private final boolean enabled;

    public AuditSequencing(Vertx vertx, AuditPools pools, CheckpointSigner signer, AuditConfig config, MeterRegistry registry) {
        AuditConfig.Sequencer settings = config.sequencer();
        this.enabled = settings.enabled();
        this.sequencer = new AuditSequencer(vertx, pools.sequencing(), signer, config.checkpoints().origin(), settings.batchSize(),
                settings.pollInterval(), settings.electionInterval(), settings.checkpointInterval());
        Gauge.builder("audit.sequencer.leader", sequencer, s -> s.leading() ? 1 : 0)
                .description("1 on the replica that sequences this database's audit log").register(registry);
        Gauge.builder("audit.sequencing.lag", sequencer, AuditSequencer::lagSeconds).baseUnit("seconds")
                .description("How long the oldest entry of the last sequenced batch waited to be linked").register(registry);
        io.micrometer.core.instrument.FunctionCounter.builder("audit.sequenced.entries", sequencer, AuditSequencer::sequencedEntries)
                .description("Entries this replica linked into their chains").register(registry);
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            sequencer.start();
        }
    }

    void onStop(@Observes ShutdownEvent event) throws Exception {
        sequencer.stop().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    }

    public boolean leading() {
        return sequencer.leading();
    }
}
