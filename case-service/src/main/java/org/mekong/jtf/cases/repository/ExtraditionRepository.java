package org.mekong.jtf.cases.repository;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Extradition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ExtraditionRepository implements CaseRecordRepository<Extradition> {

    /** A request whose clock ran out without the next step, and which step. */
    public enum Overdue { FORMAL_REQUEST, SURRENDER }

    @Override
    public String chronologicalField() {
        return "requestedOn";
    }

    /**
     * The requests whose deadline passed before {@code today} without the next step and that were
     * not raised yet, locked for this transaction and skipped by any other (another replica's tick):
     * each is raised once. The partial indexes of V6 hold exactly the candidates.
     */
    public Uni<List<Extradition>> dueToRaise(Overdue step, LocalDate today, int limit) {
        String sql = step == Overdue.FORMAL_REQUEST
                ? "select id from extradition where status = 'PROVISIONAL_ARREST' and formal_request_overdue_at is null"
                  + " and provisional_arrest_on + coalesce(formal_request_days, :defaultFormal) < :today"
                  + " order by provisional_arrest_on limit :limit for update skip locked"
                : "select id from extradition where status = 'APPROVED' and surrender_overdue_at is null"
                  + " and decided_on + coalesce(surrender_days, :defaultSurrender) < :today"
                  + " order by decided_on limit :limit for update skip locked";
        return getSession().flatMap(s -> {
                    var q = s.createNativeQuery(sql, UUID.class).setParameter("today", today).setParameter("limit", limit);
                    q.setParameter(step == Overdue.FORMAL_REQUEST ? "defaultFormal" : "defaultSurrender",
                            step == Overdue.FORMAL_REQUEST ? Extradition.DEFAULT_FORMAL_REQUEST_DAYS : Extradition.DEFAULT_SURRENDER_DAYS);
                    return q.getResultList();
                })
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Extradition>of()) : list("id in ?1", ids));
    }

    /** Overdue requests in the cases the agency takes part in (at most limit, oldest request first), each with its case's lead agency. */
    public Uni<List<Object[]>> overdueVisibleTo(String agency, int limit) {
        return getSession().flatMap(s -> s.createSelectionQuery("select e, c.leadAgency from Extradition e, JointCase c"
                        + " where c.id = e.caseId and :agency member of c.participants"
                        + " and (e.formalRequestOverdueAt is not null and e.status = org.mekong.jtf.cases.domain.ExtraditionStatus.PROVISIONAL_ARREST"
                        + " or e.surrenderOverdueAt is not null and e.status = org.mekong.jtf.cases.domain.ExtraditionStatus.APPROVED)"
                        + " order by e.requestedOn", Object[].class)
                .setParameter("agency", agency).setMaxResults(limit).getResultList());
    }
}
