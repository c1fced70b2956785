package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.Webhook;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class WebhookRepository implements PanacheRepositoryBase<Webhook, UUID> {

    public Uni<List<Webhook>> ofAgency(String agency) {
        return list("agency", Sort.by("createdAt"), agency);
    }

    public Uni<Webhook> findOwned(UUID id, String agency) {
        return find("id = ?1 and agency = ?2", id, agency).firstResult();
    }
}
