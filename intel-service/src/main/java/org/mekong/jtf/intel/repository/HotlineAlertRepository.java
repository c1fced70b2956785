package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.HotlineAlert;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HotlineAlertRepository implements PanacheRepositoryBase<HotlineAlert, UUID> {

    /** The agency's alerts, newest first. */
    public Uni<List<HotlineAlert>> pageOf(String agency, int page, int size) {
        return find("agency", Sort.descending("occurredAt", "id"), agency).page(Page.of(page, size)).list();
    }

    /** One of the agency's alerts, or null (another agency's alert is as missing). */
    public Uni<HotlineAlert> findOf(String agency, UUID id) {
        return find("id = ?1 and agency = ?2", id, agency).firstResult();
    }

    public Uni<Long> countOf(String agency) {
        return count("agency", agency);
    }
}
