package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Sighting;

import java.util.List;
import java.util.UUID;

/** Sightings of a wanted person: all of them for the case's agencies, its own for any other agency. */
@ApplicationScoped
public class SightingRepository implements PanacheRepositoryBase<Sighting, UUID> {

    public Uni<List<Sighting>> page(UUID warrantId, String onlyOfAgency, int page, int size) {
        return (onlyOfAgency == null
                ? find("warrantId", Sort.by("seenAt").and("id"), warrantId)
                : find("warrantId = ?1 and recordingAgency = ?2", Sort.by("seenAt").and("id"), warrantId, onlyOfAgency))
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> count(UUID warrantId, String onlyOfAgency) {
        return onlyOfAgency == null ? count("warrantId", warrantId)
                : count("warrantId = ?1 and recordingAgency = ?2", warrantId, onlyOfAgency);
    }

    public Uni<Sighting> findOne(UUID warrantId, UUID id, String onlyOfAgency) {
        return (onlyOfAgency == null ? find("warrantId = ?1 and id = ?2", warrantId, id)
                : find("warrantId = ?1 and id = ?2 and recordingAgency = ?3", warrantId, id, onlyOfAgency)).firstResult();
    }
}
