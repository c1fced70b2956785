package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;

import java.util.List;
import java.util.UUID;

/**
 * Queries shared by the parts of a case (subjects, arrests, seizures, …): always scoped to a case
 * that the service has already checked the caller may see.
 */
public interface CaseRecordRepository<T> extends PanacheRepositoryBase<T, UUID> {

    /** The order a case's records are listed in, oldest first. */
    String chronologicalField();

    /** One page of a case's records, oldest first; their collections come batched, not one query each. */
    default Uni<List<T>> pageByCase(UUID caseId, int page, int size) {
        return find("caseId", Sort.by(chronologicalField()).and("id"), caseId).page(Page.of(page, size)).list();
    }

    default Uni<Long> countByCase(UUID caseId) {
        return count("caseId", caseId);
    }

    default Uni<List<T>> findInCase(UUID caseId, java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("caseId = ?1 and id in ?2", caseId, ids);
    }

    /** Records linked to any of these persons, oldest first (kinds whose records name a subject). */
    default Uni<List<T>> linkedToSubjects(java.util.Collection<UUID> subjectIds, int limit) {
        return subjectIds.isEmpty() ? Uni.createFrom().item(List.of())
                : find("subjectId in ?1", Sort.by(chronologicalField()).and("id"), subjectIds).range(0, limit - 1).list();
    }

    /** These records, whatever their case: the service has already decided what the caller may learn of them. */
    default Uni<List<T>> byIds(java.util.Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    default Uni<T> findInCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResult();
    }
}
