package org.mekong.jtf.common.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The hash that links an entry into its owning agency's chain. It covers the entry's place (owner,
 * seq), the previous entry's hash and every recorded fact, each field length-prefixed so that no two
 * different entries serialise alike. Public so that an auditor's tooling (and the tests that play a
 * DBA rewriting a chain) compute exactly what the service computes.
 */
public final class AuditHash {

    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    public static String of(String ownerAgency, long seq, String prevHash, Instant occurredAt, String officerId,
                            String agency, String action, String objectType, String objectId, String requestId,
                            String outcome) {
        StringBuilder canonical = new StringBuilder(256);
        for (String field : new String[]{ownerAgency, Long.toString(seq), prevHash, occurredAt.toString(), officerId,
                agency, action, objectType, objectId, requestId, outcome}) {
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    public static String of(AuditRecord r, long seq, String prevHash) {
        return of(r.ownerAgency(), seq, prevHash, r.occurredAt(), r.officerId(), r.agency(), r.action(), r.objectType(),
                r.objectId(), r.requestId(), r.outcome());
    }

    static String of(AuditEntry e) {
        return of(e.ownerAgency, e.seq, e.prevHash, e.occurredAt, e.officerId, e.agency, e.action, e.objectType,
                e.objectId, e.requestId, e.outcome);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }
}
