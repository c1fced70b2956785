package org.mekong.jtf.common.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** {@code mekong.audit.*}: how reads share commits, how the sequencer runs, and the checkpoint key. */
@ConfigMapping(prefix = "mekong.audit")
public interface AuditConfig {

    /** Read entries wait at most this long for companions before their batch is written. */
    @WithDefault("2ms")
    Duration batchDelay();

    /** A batch is written at once when it holds this many entries. */
    @WithDefault("500")
    int batchSize();

    /** A batch that takes longer than this fails its reads with 503 (their trail is not durable). */
    @WithDefault("5s")
    Duration batchTimeout();

    Sequencer sequencer();

    Checkpoints checkpoints();

    interface Sequencer {

        /** Off only where a test drives a sequencer of its own. */
        @WithDefault("true")
        boolean enabled();

        /** How often the leader looks for new entries when the last batch left none. */
        @WithDefault("20ms")
        Duration pollInterval();

        /** How often a replica that does not lead tries to take over. */
        @WithDefault("1s")
        Duration electionInterval();

        @WithDefault("1000")
        int batchSize();

        /**
         * A chain's checkpoint is signed after the batch that advanced it, but at most this often
         * (an Ed25519 signature costs about a millisecond of CPU in the JDK). 0: after every batch.
         */
        @WithDefault("1s")
        Duration checkpointInterval();

        /** The sequencer's own database role (it may complete audit rows; the service's role may not). */
        Optional<String> username();

        Optional<String> password();
    }

    interface Checkpoints {

        /**
         * The checkpoints' origin line prefix; the owning agency is appended
         * ({@code <origin>/<agency>}). Unique per deployment and service.
         */
        String origin();

        /** The signing key's name in the signature line (signed-note key name). */
        String keyName();

        /** PEM (PKCS#8) Ed25519 private key; a prod start without one is refused. */
        Optional<String> signingKeyLocation();

        /** PEM (X.509 SubjectPublicKeyInfo) Ed25519 public key of that private key, published to auditors. */
        Optional<String> publicKeyLocation();
    }
}
