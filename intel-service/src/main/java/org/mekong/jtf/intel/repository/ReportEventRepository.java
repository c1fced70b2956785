package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.ReportEvent;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ReportEventRepository implements PanacheRepository<ReportEvent> {

    /** Entries about the report as a whole, about the agency's access, or made by it; all of them for null. */
    private static final String FOR_AGENCY = "reportId = ?1 and (concernsAgency is null or concernsAgency = ?2 or agency = ?2)";

    public Uni<List<ReportEvent>> page(UUID reportId, String agency, int page, int size) {
        var query = agency == null ? find("reportId", Sort.by("id"), reportId) : find(FOR_AGENCY, Sort.by("id"), reportId, agency);
        return query.page(Page.of(page, size)).list();
    }

    public Uni<Long> countFor(UUID reportId, String agency) {
        return agency == null ? count("reportId", reportId) : count(FOR_AGENCY, reportId, agency);
    }
}
