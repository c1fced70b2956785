package org.mekong.jtf.common.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
public class AuditCheckpointRepository implements PanacheRepository<AuditCheckpoint> {

    Uni<AuditCheckpoint> latest(String ownerAgency) {
        return find("ownerAgency = ?1", Sort.by("size").descending().and("id").descending(), ownerAgency).firstResult();
    }

    /**
     * Stored checkpoints of a chain up to a size whose head differs from the entry now at that
     * position (or that has no entry there any more), smallest size first.
     */
    Uni<List<AuditCheckpoint>> contradictedUpTo(String ownerAgency, long size, int limit) {
        return find("ownerAgency = ?1 and size <= ?2 and not exists (select 1 from AuditEntry e where e.ownerAgency = ?1"
                + " and e.seq = size and e.hash = headHash)", Sort.by("size"), ownerAgency, size).page(Page.ofSize(limit)).list();
    }

    /** Stored checkpoints below a size that the chain still matches, largest first. */
    Uni<List<AuditCheckpoint>> confirmedBelow(String ownerAgency, long size, int limit) {
        return find("ownerAgency = ?1 and size < ?2 and exists (select 1 from AuditEntry e where e.ownerAgency = ?1"
                + " and e.seq = size and e.hash = headHash)", Sort.by("size").descending(), ownerAgency, size)
                .page(Page.ofSize(limit)).list();
    }
}
