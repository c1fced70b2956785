package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Agency;

import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AgencyRepository implements PanacheRepositoryBase<Agency, String> {

    public Uni<List<Agency>> listByCountry(String country) {
        return country == null ? listAll(Sort.by("code")) : list("country", Sort.by("code"), country);
    }

    public Uni<List<Agency>> findByCodes(Collection<String> codes) {
        return list("code in ?1", codes);
    }
}
