package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.HotlineDesk;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeskRepository implements PanacheRepositoryBase<HotlineDesk, UUID> {

    public Uni<HotlineDesk> ofAgency(String agency) {
        return find("agency", agency).firstResult();
    }

    public Uni<List<HotlineDesk>> all() {
        return listAll(Sort.by("agency"));
    }
}
