package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.OperationResult;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Results of operations, and their sums in native units by kind, substance, unit and province. */
@ApplicationScoped
public class ResultRepository implements PanacheRepositoryBase<OperationResult, UUID> {

    public Uni<List<OperationResult>> ofOperation(UUID operationId) {
        return list("operationId", Sort.by("resultOn").and("id"), operationId);
    }

    public Uni<OperationResult> findInOperation(UUID operationId, UUID id) {
        return find("operationId = ?1 and id = ?2", operationId, id).firstResult();
    }

    /**
     * Rows of [province, kind, substance, unit, count, quantity, hectares identified, hectares
     * destroyed] for one operation (operationId) or every operation the agency takes part in,
     * between two days (inclusive) when given.
     */
    public Uni<List<Object[]>> totals(UUID operationId, String agency, LocalDate from, LocalDate to) {
        StringBuilder hql = new StringBuilder("""
                select r.province, r.kind, r.substance, r.unit, count(r), sum(r.quantity), sum(r.hectaresIdentified), sum(r.hectaresDestroyed)
                from OperationResult r where r.operationId in
                  (select o.id from JointOperation o where :agency member of o.agencies)""");
        if (operationId != null) {
            hql.append(" and r.operationId = :operation");
        }
        if (from != null) {
            hql.append(" and r.resultOn >= :from");
        }
        if (to != null) {
            hql.append(" and r.resultOn <= :to");
        }
        hql.append(" group by r.province, r.kind, r.substance, r.unit order by r.province nulls last, r.kind, r.substance, r.unit");
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery(hql.toString(), Object[].class).setParameter("agency", agency);
            if (operationId != null) {
                q.setParameter("operation", operationId);
            }
            if (from != null) {
                q.setParameter("from", from);
            }
            if (to != null) {
                q.setParameter("to", to);
            }
            return q.getResultList();
        });
    }
}
