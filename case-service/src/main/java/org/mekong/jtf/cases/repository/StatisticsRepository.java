package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Aggregates for government reporting. Every figure is limited to the cases the reading agency
 * takes part in and to records of the agencies in scope, and counts by the date things happened.
 * A record involving several agencies in scope (a joint seizure) is counted once: scope is tested
 * with EXISTS, never by joining the agency rows into the count.
 */
@ApplicationScoped
public class StatisticsRepository {

    private static final String VISIBLE_CASES = "(select c.id from JointCase c where :reader member of c.participants)";

    public record Period(LocalDate from, LocalDate to) {
        Instant start() {
            return from.atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }

        Instant endExclusive() {
            return to.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        }
    }

    public Uni<Long> casesOpened(String reader, List<String> scope, Period period) {
        return single("""
                select count(c) from JointCase c
                where :reader member of c.participants and c.openedOn between :from and :to
                  and exists (select p from JointCase c2 join c2.participants p where c2.id = c.id and p in :scope)""",
                q -> q.setParameter("reader", reader).setParameter("scope", scope)
                        .setParameter("from", period.from()).setParameter("to", period.to()))
                .map(row -> (Long) row);
    }

    /** [persons arrested, of whom foreigners]: distinct subjects, a foreigner's nationality differing from the country of arrest. */
    public Uni<Object[]> arrests(String reader, List<String> scope, Period period) {
        return single("""
                select count(distinct a.subjectId),
                       count(distinct case when s.nationality is not null and s.nationality <> a.country then a.subjectId end)
                from Arrest a, Subject s
                where s.id = a.subjectId and a.arrestedAt >= :start and a.arrestedAt < :end
                  and a.arrestingAgency in :scope and a.caseId in %s""".formatted(VISIBLE_CASES),
                q -> timed(q, reader, scope, period)).map(row -> (Object[]) row);
    }

    /** Rows of [substance, unit, seizures, quantity, kg-equivalent]. */
    public Uni<List<Object[]>> seizures(String reader, List<String> scope, Period period) {
        return rows("""
                select s.substance, s.unit, count(s), sum(s.quantity), sum(s.kgEquivalent) from Seizure s
                where s.seizedAt >= :start and s.seizedAt < :end and s.caseId in %s
                  and exists (select g from Seizure s2 join s2.seizingAgencies g where s2.id = s.id and g in :scope)
                group by s.substance, s.unit order by s.substance, s.unit""".formatted(VISIBLE_CASES),
                q -> timed(q, reader, scope, period));
    }

    /** Rows of [type, currency, items, estimated value]. */
    public Uni<List<Object[]>> assets(String reader, List<String> scope, Period period) {
        return rows("""
                select a.type, a.currency, sum(a.count), sum(a.estimatedValue) from SeizedAsset a
                where a.seizedAt >= :start and a.seizedAt < :end and a.caseId in %s and a.seizingAgency in :scope
                group by a.type, a.currency order by a.type, a.currency""".formatted(VISIBLE_CASES),
                q -> timed(q, reader, scope, period));
    }

    private static <Q extends Mutiny.SelectionQuery<?>> Q timed(Q q, String reader, List<String> scope, Period period) {
        q.setParameter("reader", reader).setParameter("scope", scope)
                .setParameter("start", period.start()).setParameter("end", period.endExclusive());
        return q;
    }

    private static Uni<Object> single(String hql, UnaryOperator<Mutiny.SelectionQuery<Object>> bind) {
        return Panache.getSession().flatMap(s -> bind.apply(s.createSelectionQuery(hql, Object.class)).getSingleResult());
    }

    private static Uni<List<Object[]>> rows(String hql, UnaryOperator<Mutiny.SelectionQuery<Object[]>> bind) {
        return Panache.getSession().flatMap(s -> bind.apply(s.createSelectionQuery(hql, Object[].class)).getResultList());
    }
}
