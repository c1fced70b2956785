package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditEntryRepository implements PanacheRepository<AuditEntry> {

    /** The last link of one owner's chain. */
    Uni<AuditEntry> newestOwnedBy(String ownerAgency) {
        return find("ownerAgency = ?1 order by id desc", ownerAgency).firstResult();
    }

    Uni<List<AuditEntry>> batchOwnedByAfter(String ownerAgency, long afterId, int size) {
        return find("ownerAgency = ?1 and id > ?2", Sort.by("id"), ownerAgency, afterId).page(Page.ofSize(size)).list();
    }

    Uni<List<AuditEntry>> ownedBy(String ownerAgency, String objectType, String objectId, int page, int size) {
        StringBuilder q = new StringBuilder("ownerAgency = :owner");
        Parameters p = Parameters.with("owner", ownerAgency);
        if (objectType != null) {
            q.append(" and objectType = :type");
            p.and("type", objectType);
        }
        if (objectId != null) {
            q.append(" and objectId = :object");
            p.and("object", objectId);
        }
        return find(q.toString(), Sort.by("id").descending(), p).page(Page.of(page, size)).list();
    }
}
