package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
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

    default Uni<List<T>> listByCase(UUID caseId) {
        return list("caseId", Sort.by(chronologicalField()).and("id"), caseId);
    }

    default Uni<T> findInCase(UUID caseId, UUID id) {
        return find("caseId = ?1 and id = ?2", caseId, id).firstResult();
    }
}
