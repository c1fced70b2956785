package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.CaseStatus;
import org.mekong.jtf.cases.domain.JointCase;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Every query here is restricted to cases the given agency participates in, in SQL. */
@ApplicationScoped
public class CaseRepository implements PanacheRepositoryBase<JointCase, UUID> {

    public record Filter(CaseStatus status, String participant, String text, LocalDate openedFrom, LocalDate openedTo) {
    }

    public Uni<JointCase> findVisible(UUID id, String agency) {
        // participants come in the same statement: every use of a case looks at them
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select c from JointCase c join fetch c.participants where c.id = :id and :agency member of c.participants",
                        JointCase.class).setParameter("id", id).setParameter("agency", agency).getSingleResultOrNull());
    }

    /** These cases, whoever takes part in them: for work that has already checked who may see what (a clock, a batch of hits). */
    public Uni<List<JointCase>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /** Whose case an id is, whoever asks: only to file a refused attempt with the owning agency. */
    public Uni<String> leadAgencyOf(UUID id) {
        return getSession().flatMap(session -> session.createSelectionQuery("select leadAgency from JointCase where id = :id", String.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<List<JointCase>> search(String agency, Filter filter, int page, int size) {
        Query q = query(agency, filter);
        return find(q.hql, Sort.by("openedOn").descending().and("createdAt").descending().and("id"), q.params)
                .page(Page.of(page, size)).list();
    }

    public Uni<Long> countMatching(String agency, Filter filter) {
        Query q = query(agency, filter);
        return count(q.hql, q.params);
    }

    private record Query(String hql, Parameters params) {
    }

    private static Query query(String agency, Filter filter) {
        StringBuilder hql = new StringBuilder(":agency member of participants");
        Parameters params = Parameters.with("agency", agency);
        if (filter.status() != null) {
            hql.append(" and status = :status");
            params.and("status", filter.status());
        }
        if (filter.participant() != null) {
            hql.append(" and :participant member of participants");
            params.and("participant", filter.participant());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            hql.append(" and (lower(reference) like :text or lower(title) like :text or lower(coalesce(summary, '')) like :text)");
            params.and("text", "%" + escapeLike(filter.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.openedFrom() != null) {
            hql.append(" and openedOn >= :from");
            params.and("from", filter.openedFrom());
        }
        if (filter.openedTo() != null) {
            hql.append(" and openedOn <= :to");
            params.and("to", filter.openedTo());
        }
        return new Query(hql.toString(), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
