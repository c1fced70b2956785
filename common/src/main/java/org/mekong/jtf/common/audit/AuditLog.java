package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.mekong.jtf.common.security.Caller;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Writes and checks the service's tamper-evident audit log. Appends must run inside the caller's
 * transaction, so an audited change and its entry commit or fail together; a transaction-scoped
 * advisory lock keeps concurrent appends in one chain.
 */
@ApplicationScoped
public class AuditLog {

    public static final String GENESIS = "0".repeat(64);
    private static final long CHAIN_LOCK = 0x6d656b6f6e67L; // "mekong"
    private static final int VERIFY_BATCH = 1000;
    private static final int INSERT_CHUNK = 1000;

    private final AuditEntryRepository repository;

    public AuditLog(AuditEntryRepository repository) {
        this.repository = repository;
    }

    /** What was touched and which agency owns it (whose auditors may read the entry). */
    public record Touched(String objectType, String objectId, String ownerAgency) {
    }

    public record Verification(boolean valid, long entriesChecked, Long firstBrokenEntryId) {
    }

    public Uni<Void> record(Caller caller, String action, String objectType, Object objectId, String ownerAgency) {
        return recordAll(caller, action, List.of(new Touched(objectType, String.valueOf(objectId), ownerAgency)));
    }

    public Uni<Void> recordAll(Caller caller, String action, List<Touched> touched) {
        if (touched.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:key)) l")
                        .setParameter("key", CHAIN_LOCK).getSingleResult())
                .flatMap(locked -> repository.newest())
                .flatMap(newest -> {
                    String prev = newest == null ? GENESIS : newest.hash;
                    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                    List<AuditEntry> entries = new ArrayList<>(touched.size());
                    for (Touched t : touched) {
                        AuditEntry entry = new AuditEntry();
                        entry.occurredAt = now;
                        entry.officerId = caller.officerId();
                        entry.agency = caller.agency();
                        entry.action = action;
                        entry.objectType = t.objectType();
                        entry.objectId = t.objectId();
                        entry.ownerAgency = t.ownerAgency();
                        entry.requestId = caller.requestId();
                        entry.prevHash = prev;
                        entry.hash = hashOf(entry);
                        prev = entry.hash;
                        entries.add(entry);
                    }
                    // PostgreSQL takes at most 65,535 parameters a statement: five per row, in chunks
                    Uni<Void> chain = Uni.createFrom().voidItem();
                    for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
                        List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK));
                        chain = chain.flatMap(v -> insert(chunk));
                    }
                    return chain;
                });
    }

    /**
     * One multi-row INSERT however many entries a request touches (a list read of a hundred cases is
     * one round trip, not a hundred); rows take their ids in VALUES order, which is chain order.
     */
    private static Uni<Void> insert(List<AuditEntry> entries) {
        StringBuilder sql = new StringBuilder("insert into audit_log (occurred_at, officer_id, agency, action, object_type,"
                + " object_id, owner_agency, request_id, prev_hash, hash) values ");
        for (int i = 0; i < entries.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:at, :officer, :agency, :action, :type").append(i).append(", :object")
                    .append(i).append(", :owner").append(i).append(", :request, :prev").append(i).append(", :hash").append(i).append(')');
        }
        AuditEntry first = entries.get(0);
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery(sql.toString())
                    .setParameter("at", first.occurredAt).setParameter("officer", first.officerId)
                    .setParameter("agency", first.agency).setParameter("action", first.action)
                    .setParameter("request", first.requestId);
            for (int i = 0; i < entries.size(); i++) {
                AuditEntry e = entries.get(i);
                insert.setParameter("type" + i, e.objectType).setParameter("object" + i, e.objectId)
                        .setParameter("owner" + i, e.ownerAgency).setParameter("prev" + i, e.prevHash)
                        .setParameter("hash" + i, e.hash);
            }
            return insert.executeUpdate().replaceWithVoid();
        });
    }

    /** The entries about objects the given agency owns, newest first. */
    @WithSession
    public Uni<List<AuditEntryView>> entriesOwnedBy(String ownerAgency, String objectType, String objectId, int page, int size) {
        return repository.ownedBy(ownerAgency, objectType, objectId, page, size)
                .map(entries -> entries.stream().map(AuditEntryView::of).toList());
    }

    /** Recomputes every hash and link from the first entry on. */
    @WithSession
    public Uni<Verification> verify() {
        return verifyFrom(0L, GENESIS, 0L);
    }

    private Uni<Verification> verifyFrom(long afterId, String expectedPrev, long checked) {
        // each batch is dropped from the session once checked, so a long log does not fill memory
        return repository.batchAfter(afterId, VERIFY_BATCH).call(batch -> repository.getSession().invoke(Mutiny.Session::clear))
                .flatMap(batch -> {
            String prev = expectedPrev;
            long count = checked;
            for (AuditEntry e : batch) {
                if (!e.prevHash.equals(prev) || !e.hash.equals(hashOf(e))) {
                    return Uni.createFrom().item(new Verification(false, count, e.id));
                }
                prev = e.hash;
                count++;
            }
            if (batch.size() < VERIFY_BATCH) {
                return Uni.createFrom().item(new Verification(true, count, null));
            }
            return verifyFrom(batch.get(batch.size() - 1).id, prev, count);
        });
    }

    static String hashOf(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (String field : new String[]{e.prevHash, e.occurredAt.toString(), e.officerId, e.agency, e.action,
                e.objectType, e.objectId, e.ownerAgency, e.requestId}) {
            // length-prefixed so that no two different entries serialise alike
            canonical.append(field.length()).append(':').append(field).append(';');
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missing);
        }
    }
}
