package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.Officer;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OfficerRepository implements PanacheRepositoryBase<Officer, UUID> {

    public Uni<Officer> findByOfficerId(String officerId) {
        return find("officerId", officerId).firstResult();
    }

    public Uni<List<Officer>> findByOfficerIds(Collection<String> officerIds) {
        return officerIds.isEmpty() ? Uni.createFrom().item(List.of()) : list("officerId in ?1", officerIds);
    }

    public record Filter(String agency, String language, String specialty) {
    }

    public Uni<List<Officer>> search(Filter filter, int page, int size) {
        Query q = query(filter);
        return find(q.text, Sort.by("agency").and("name").and("officerId"), q.params).page(Page.of(page, size)).list();
    }

    public Uni<Long> countMatching(Filter filter) {
        Query q = query(filter);
        return count(q.text, q.params);
    }

    private record Query(String text, Parameters params) {
    }

    private static Query query(Filter f) {
        StringBuilder text = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (f.agency() != null) {
            text.append(" and agency = :agency");
            params.and("agency", f.agency());
        }
        if (f.language() != null) {
            text.append(" and :language member of languages");
            params.and("language", f.language());
        }
        if (f.specialty() != null) {
            text.append(" and :specialty member of specialties");
            params.and("specialty", f.specialty());
        }
        return new Query(text.toString(), params);
    }
}
