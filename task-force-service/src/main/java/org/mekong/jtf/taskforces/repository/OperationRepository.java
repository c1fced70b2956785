package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.JointOperation;

import java.util.List;
import java.util.UUID;

/** Joint operations are seen by their participating agencies only. */
@ApplicationScoped
public class OperationRepository implements PanacheRepositoryBase<JointOperation, UUID> {

    public Uni<JointOperation> findVisible(UUID id, String agency) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "from JointOperation o where o.id = :id and :agency member of o.agencies", JointOperation.class)
                .setParameter("id", id).setParameter("agency", agency).getSingleResultOrNull());
    }

    public Uni<String> leadAgencyOf(UUID id) {
        return getSession().flatMap(s -> s.createSelectionQuery("select leadAgency from JointOperation where id = :id", String.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<List<JointOperation>> visible(String agency, int page, int size) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                        "from JointOperation o where :agency member of o.agencies order by o.startsOn desc, o.id", JointOperation.class)
                .setParameter("agency", agency).setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public Uni<Long> countVisible(String agency) {
        return getSession().flatMap(s -> s.createSelectionQuery(
                "select count(o) from JointOperation o where :agency member of o.agencies", Long.class).setParameter("agency", agency)
                .getSingleResult());
    }
}
