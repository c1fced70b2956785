package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.AgreementStatus;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, UUID> {

    public Uni<Agreement> findByCode(String code) {
        return find("code", code).firstResult();
    }

    public Uni<List<Agreement>> findByIds(Collection<UUID> ids) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : list("id in ?1", ids);
    }

    /** All agreements, or those a country is party to; in force today only when asked. */
    public Uni<List<Agreement>> list(String country, boolean inForceOnly, LocalDate today) {
        HqlQuery q = new HqlQuery("from Agreement a where 1 = 1");
        if (country != null) {
            q.and(":country member of a.parties", "country", country);
        }
        if (inForceOnly) {
            inForce(q, today);
        }
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(q.text() + " order by a.code", Agreement.class))
                .getResultList());
    }

    /** The agreements in force today between two countries: what a share between them may cite. */
    public Uni<List<Agreement>> inForceBetween(String countryA, String countryB, LocalDate today) {
        HqlQuery q = new HqlQuery("from Agreement a where :a member of a.parties").with("a", countryA)
                .and(":b member of a.parties", "b", countryB);
        inForce(q, today);
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(q.text() + " order by a.code", Agreement.class))
                .getResultList());
    }

    private static void inForce(HqlQuery q, LocalDate today) {
        q.and("a.status = :inForce", "inForce", AgreementStatus.IN_FORCE)
                .and("a.validFrom <= :today and (a.validUntil is null or a.validUntil >= :today)", "today", today);
    }
}
