package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.ConsentRequest;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ConsentRepository implements PanacheRepositoryBase<ConsentRequest, UUID> {

    /** A report's consent requests; those of one requesting agency when it is given. */
    public Uni<List<ConsentRequest>> ofReport(UUID reportId, String requestingAgency) {
        return requestingAgency == null ? list("reportId", Sort.by("createdAt").and("id"), reportId)
                : list("reportId = ?1 and requestingAgency = ?2", Sort.by("createdAt").and("id"), reportId, requestingAgency);
    }

    public Uni<ConsentRequest> pendingFor(UUID reportId, String targetAgency) {
        return find("reportId = ?1 and targetAgency = ?2 and status = ?3", reportId, targetAgency,
                org.mekong.jtf.intel.domain.ConsentStatus.PENDING).firstResult();
    }

    public Uni<ConsentRequest> findInReport(UUID reportId, UUID id) {
        return find("reportId = ?1 and id = ?2", reportId, id).firstResult();
    }
}
