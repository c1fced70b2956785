package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.InternationalRequest;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class InternationalRequestRepository implements PanacheRepositoryBase<InternationalRequest, UUID> {

    /** The requests of a page of warrants, in one query. */
    public Uni<List<InternationalRequest>> ofWarrants(Collection<UUID> warrantIds) {
        return warrantIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("warrantId in ?1", Sort.by("requestedOn").and("id"), warrantIds);
    }

    public Uni<InternationalRequest> findOfWarrant(UUID warrantId, UUID id) {
        return find("warrantId = ?1 and id = ?2", warrantId, id).firstResult();
    }
}
