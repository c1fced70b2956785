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
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes and checks the service's tamper-evident audit log. Each owning agency's entries form a
 * chain of their own, in id order: its auditors verify exactly what they may read, and agencies do
 * not queue behind each other. Appends run inside the caller's transaction, so an audited change
 * and its entry commit or fail together; a transaction-scoped advisory lock per chain keeps
 * concurrent appends in order.
 */
@ApplicationScoped
public class AuditLog {

    public static final String GENESIS = "0".repeat(64);
    private static final int CHAIN_LOCK_KIND = 0x6d656b; // "mek"
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
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // owners in a fixed order, so two requests touching the same agencies never wait on each other in a cycle
        Map<String, List<Touched>> byOwner = new TreeMap<>();
        touched.forEach(t -> byOwner.computeIfAbsent(t.ownerAgency(), o -> new ArrayList<>()).add(t));
        List<AuditEntry> entries = new ArrayList<>(touched.size());
        Uni<Void> linked = Uni.createFrom().voidItem();
        for (Map.Entry<String, List<Touched>> owner : byOwner.entrySet()) {
            linked = linked.flatMap(v -> lockChain(owner.getKey()))
                    .flatMap(v -> repository.newestOwnedBy(owner.getKey()))
                    .invoke(newest -> {
                        String prev = newest == null ? GENESIS : newest.hash;
                        for (Touched t : owner.getValue()) {
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
                    }).replaceWithVoid();
        }
        return linked.flatMap(v -> {
            // PostgreSQL takes at most 65,535 parameters a statement: five per row, in chunks
            Uni<Void> inserted = Uni.createFrom().voidItem();
            for (int from = 0; from < entries.size(); from += INSERT_CHUNK) {
                List<AuditEntry> chunk = entries.subList(from, Math.min(entries.size(), from + INSERT_CHUNK));
                inserted = inserted.flatMap(done -> insert(chunk));
            }
            return inserted;
        });
    }

    /** Held until the transaction ends: appends to one agency's chain happen one after the other. */
    private static Uni<Void> lockChain(String ownerAgency) {
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:kind, hashtext(:owner))) l")
                        .setParameter("kind", CHAIN_LOCK_KIND).setParameter("owner", ownerAgency).getSingleResult())
                .replaceWithVoid();
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

    /** Recomputes every hash and link of one agency's chain from its first entry on. */
    @WithSession
    public Uni<Verification> verify(String ownerAgency) {
        return verifyFrom(ownerAgency, 0L, GENESIS, 0L);
    }

    private Uni<Verification> verifyFrom(String ownerAgency, long afterId, String expectedPrev, long checked) {
        // each batch is dropped from the session once checked, so a long log does not fill memory
        return repository.batchOwnedByAfter(ownerAgency, afterId, VERIFY_BATCH).call(batch -> repository.getSession().invoke(Mutiny.Session::clear))
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
            return verifyFrom(ownerAgency, batch.get(batch.size() - 1).id, prev, count);
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
