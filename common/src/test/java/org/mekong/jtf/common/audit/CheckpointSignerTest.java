package org.mekong.jtf.common.audit;

import io.quarkus.runtime.LaunchMode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.*;

class CheckpointSignerTest {

    private static final Path KEYS = Path.of("../dev/keys");
    private final CheckpointSigner signer = CheckpointSigner.fromPem("mekong-jtf-test",
            KEYS.resolve("audit-signing-ed25519.pem"), KEYS.resolve("audit-signing-ed25519.pub.pem"));

    @Test
    void aSignedCheckpointParsesBackAndAnyChangeToItIsRefused() throws Exception {
        String head = AuditHash.of("VN-C04", 1, AuditHash.GENESIS, Instant.parse("2025-03-01T00:00:00Z"), "o", "VN-C04",
                "read", "case", "c1", "r1", "granted");
        var signed = signer.sign("mekong-jtf/case-service/audit/VN-C04", 1, head, Instant.parse("2025-03-01T00:00:01Z"));
        var parsed = signer.parse(signed.note());
        assertEquals("mekong-jtf/case-service/audit/VN-C04", parsed.origin());
        assertEquals(1, parsed.size());
        assertEquals(head, parsed.headHash());
        assertEquals(Instant.parse("2025-03-01T00:00:01Z"), parsed.signedAt());

        assertThrows(CheckpointSigner.InvalidCheckpoint.class, () -> signer.parse(signed.note().replace("\n1\n", "\n2\n")));
        assertThrows(CheckpointSigner.InvalidCheckpoint.class, () -> signer.parse(signed.note().replace("VN-C04", "LA-MPS")));
        assertThrows(CheckpointSigner.InvalidCheckpoint.class, () -> signer.parse(signed.note().replace("mekong-jtf-test ", "other-key ")));
        assertThrows(CheckpointSigner.InvalidCheckpoint.class, () -> signer.parse("garbage"));
        assertThrows(CheckpointSigner.InvalidCheckpoint.class, () -> signer.parse(null));
    }

    @Test
    void theVerifierKeyHasTheSignedNoteForm() {
        String[] parts = signer.verifierKey().split("\\+", 3);
        assertEquals("mekong-jtf-test", parts[0]);
        assertTrue(parts[1].matches("[0-9a-f]{8}"), parts[1]);
        assertEquals(33, java.util.Base64.getDecoder().decode(parts[2]).length);
    }

    @Test
    void aProductionStartWithoutASigningKeyIsRefusedWithWhatToSet() {
        AuditConfig.Checkpoints none = keys(Optional.empty(), Optional.empty());
        var refused = assertThrows(IllegalStateException.class, () -> AuditBeans.signer(LaunchMode.NORMAL, none));
        assertTrue(refused.getMessage().startsWith("Refusing to start"), refused.getMessage());
        assertTrue(refused.getMessage().contains("AUDIT_SIGNING_KEY_LOCATION"));
        AuditConfig.Checkpoints mismatched = keys(Optional.of("../dev/keys/audit-signing-ed25519.pem"),
                Optional.of("../dev/keys/jwt-public.pem"));
        assertThrows(IllegalStateException.class, () -> AuditBeans.signer(LaunchMode.NORMAL, mismatched));
    }

    private static AuditConfig.Checkpoints keys(Optional<String> signing, Optional<String> published) {
        return new AuditConfig.Checkpoints() {
            public String origin() {
                return "mekong-jtf/test/audit";
            }

            public String keyName() {
                return "mekong-jtf-test";
            }

            public Optional<String> signingKeyLocation() {
                return signing;
            }

            public Optional<String> publicKeyLocation() {
                return published;
            }
        };
    }
}
