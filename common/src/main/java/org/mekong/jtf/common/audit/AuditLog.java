package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.Caller;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the service's audit log. Nothing here takes a lock or reads a chain head: a write's entries
 * are a plain INSERT in the write's own transaction (never a change without its entry, never an
 * entry for a change that rolled back); reads and refusals go to the {@link AuditBatcher} and are
 * answered once their shared batch has committed. The {@link AuditSequencer} links entries into
 * their owning agency's chain afterwards. Reading and checking the log is {@link AuditTrail}'s.
 */
@ApplicationScoped
public class AuditLog {

    /** Owner of entries about ids that exist nowhere: the service's own refusal log. */
    public static final String SERVICE_OWNER = "SERVICE";
    private static final int INSERT_CHUNK = 1000;

    private final AuditBatcher batcher;

    public AuditLog(AuditBatcher batcher) {
        this.batcher = batcher;
    }

    /** What was touched and which agency owns it (whose auditors may read the entry). */
    public record Touched(String objectType, String objectId, String ownerAgency) {
    }

    /** Records a change, inside the caller's transaction. */
    public Uni<Void> record(Caller caller, String action, String objectType, Object objectId, String ownerAgency) {
        return recordAll(caller, action, List.of(new Touched(objectType, String.valueOf(objectId), ownerAgency)));
    }

    /** Records changes to several objects, inside the caller's transaction: one INSERT per thousand. */
    public Uni<Void> recordAll(Caller caller, String action, List<Touched> touched) {
        List<AuditRecord> records = records(caller, action, AuditRecord.GRANTED, touched);
        Uni<Void> inserted = Uni.createFrom().voidItem();
        // PostgreSQL takes at most 65,535 parameters a statement
        for (int from = 0; from < records.size(); from += INSERT_CHUNK) {
            List<AuditRecord> chunk = records.subList(from, Math.min(records.size(), from + INSERT_CHUNK));
            inserted = inserted.flatMap(done -> insert(chunk));
        }
        return inserted;
    }

    /** Records a read; completes once the entry is durable (shared commit with concurrent reads). */
    public Uni<Void> read(Caller caller, String objectType, Object objectId, String ownerAgency) {
        return readAll(caller, List.of(new Touched(objectType, String.valueOf(objectId), ownerAgency)));
    }

    public Uni<Void> readAll(Caller caller, List<Touched> touched) {
        return readAll(caller, "read", touched);
    }

    /** A read of another kind (a replayed create answered from the idempotency store, say). */
    public Uni<Void> readAll(Caller caller, String action, List<Touched> touched) {
        return batcher.submit(records(caller, action, AuditRecord.GRANTED, touched));
    }

    /** Records a refused attempt; completes once the entry is durable. */
    public Uni<Void> refused(Caller caller, String action, Touched touched) {
        return batcher.submit(records(caller, action, AuditRecord.REFUSED, List.of(touched)));
    }

    private static List<AuditRecord> records(Caller caller, String action, String outcome, List<Touched> touched) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<AuditRecord> records = new ArrayList<>(touched.size());
        for (Touched t : touched) {
            records.add(new AuditRecord(now, caller.officerId(), caller.agency(), action, t.objectType(),
                    clip(t.objectId(), 200), t.ownerAgency(), caller.requestId(), outcome));
        }
        return records;
    }

    private static String clip(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }

    private static Uni<Void> insert(List<AuditRecord> records) {
        StringBuilder sql = new StringBuilder("insert into audit_log (occurred_at, officer_id, agency, action, object_type,"
                + " object_id, owner_agency, request_id, outcome) values ");
        for (int i = 0; i < records.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(:at, :officer, :agency, :action, :type").append(i).append(", :object")
                    .append(i).append(", :owner").append(i).append(", :request, :outcome)");
        }
        AuditRecord first = records.get(0);
        return Panache.getSession().flatMap(session -> {
            var insert = session.createNativeQuery(sql.toString())
                    .setParameter("at", first.occurredAt()).setParameter("officer", first.officerId())
                    .setParameter("agency", first.agency()).setParameter("action", first.action())
                    .setParameter("request", first.requestId()).setParameter("outcome", first.outcome());
            for (int i = 0; i < records.size(); i++) {
                AuditRecord r = records.get(i);
                insert.setParameter("type" + i, r.objectType()).setParameter("object" + i, r.objectId())
                        .setParameter("owner" + i, r.ownerAgency());
            }
            return insert.executeUpdate().replaceWithVoid();
        });
    }
}
