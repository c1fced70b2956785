package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** The next links of one owner's chain, in chain order. */
    Uni<List<AuditEntry>> chainAfter(String ownerAgency, long afterSeq, int size) {
        return find("ownerAgency = ?1 and seq > ?2", Sort.by("seq"), ownerAgency, afterSeq).page(Page.ofSize(size)).list();
    }

    Uni<AuditEntry> atSeq(String ownerAgency, long seq) {
        return find("ownerAgency = ?1 and seq = ?2", ownerAgency, seq).firstResult();
    }

    Uni<Long> awaitingSequencing(String ownerAgency) {
        return count("ownerAgency = ?1 and hash is null", ownerAgency);
    }

    /** Filters of the auditor's lists; null means any. */
    public record Filter(String objectType, String objectId, String outcome, String readingAgency, Instant from, Instant to) {
    }

    Uni<List<AuditEntry>> ownedBy(String ownerAgency, Filter filter, boolean partnerReadsOnly, int page, int size) {
        Query q = query(ownerAgency, filter, partnerReadsOnly);
        return find(q.text, Sort.by("id").descending(), q.params).page(Page.of(page, size)).list();
    }

    Uni<Long> countOwnedBy(String ownerAgency, Filter filter, boolean partnerReadsOnly) {
        Query q = query(ownerAgency, filter, partnerReadsOnly);
        return count(q.text, q.params);
    }

    private record Query(String text, Parameters params) {
    }

    private static Query query(String ownerAgency, Filter f, boolean partnerReadsOnly) {
        StringBuilder q = new StringBuilder("ownerAgency = :owner");
        Parameters p = Parameters.with("owner", ownerAgency);
        if (partnerReadsOnly) {
            // an export hands the record over as surely as a read does
            q.append(" and agency <> :owner and action in ('read', 'export') and outcome = 'granted'");
        }
        if (f.objectType() != null) {
            q.append(" and objectType = :type");
            p.and("type", f.objectType());
        }
        if (f.objectId() != null) {
            q.append(" and objectId = :object");
            p.and("object", f.objectId());
        }
        if (f.outcome() != null) {
            q.append(" and outcome = :outcome");
            p.and("outcome", f.outcome());
        }
        if (f.readingAgency() != null) {
            q.append(" and agency = :reader");
            p.and("reader", f.readingAgency());
        }
        if (f.from() != null) {
            q.append(" and occurredAt >= :from");
            p.and("from", f.from());
        }
        if (f.to() != null) {
            q.append(" and occurredAt < :to");
            p.and("to", f.to());
        }
        return new Query(q.toString(), p);
    }
}
