package org.mekong.jtf.common.audit;

import io.quarkus.runtime.LaunchMode;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.nio.file.Path;

/**
 * The checkpoint signing key. Production must sign with a key the operator configured (the
 * development pair in dev/keys exists only for the dev and test profiles and the local run), so a
 * prod start without one is refused with a message naming what to set.
 */
public class AuditBeans {

    static final String MISSING_KEY = "Refusing to start: no audit checkpoint signing key configured. Set "
            + "AUDIT_SIGNING_KEY_LOCATION (PEM PKCS#8 Ed25519 private key) and AUDIT_PUBLIC_KEY_LOCATION (its PEM public key);"
            + " e.g. openssl genpkey -algorithm ed25519 -out audit.pem && openssl pkey -in audit.pem -pubout -out audit.pub.pem";

    @Produces
    @Singleton
    CheckpointSigner checkpointSigner(AuditConfig config) {
        return signer(LaunchMode.current(), config.checkpoints());
    }

    static CheckpointSigner signer(LaunchMode mode, AuditConfig.Checkpoints keys) {
        if (keys.signingKeyLocation().isEmpty() || keys.publicKeyLocation().isEmpty()) {
            throw new IllegalStateException(mode == LaunchMode.NORMAL ? MISSING_KEY
                    : MISSING_KEY.replace("Refusing to start", "No key for the " + mode + " profile"));
        }
        return CheckpointSigner.fromPem(keys.keyName(), Path.of(keys.signingKeyLocation().get()),
                Path.of(keys.publicKeyLocation().get()));
    }
}
