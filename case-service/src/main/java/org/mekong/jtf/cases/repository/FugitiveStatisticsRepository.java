package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.mekong.jtf.cases.repository.StatisticsRepository.Period;

import java.util.List;

/**
 * The fugitive figures of one country over a period, counted by the dates things happened and,
 * like every statistic here, only over the cases the reading agency takes part in. IN means to the
 * country (it asked for the person), OUT from it (it was asked).
 */
@ApplicationScoped
public class FugitiveStatisticsRepository {

    private static final String VISIBLE = "(select p.case_id from case_participant p where p.agency_code = :reader)";
    private static final String DIRECTION = "case when e.requesting_country = :country then 'IN' else 'OUT' end";
    private static final String COUNTERPART = "case when e.requesting_country = :country then e.requested_country else e.requesting_country end";

    /** Persons the country's warrants issued in the period make wanted. */
    public Uni<Long> wanted(String reader, String country, Period period) {
        return count("""
                select count(distinct w.subject_id) from warrant w
                where w.issuing_country = :country and w.issued_on between :from and :to and w.case_id in %s""".formatted(VISIBLE),
                reader, country, period);
    }

    /** Persons wanted by the country who were seen or arrested in the period, anywhere. */
    public Uni<Long> located(String reader, String country, Period period) {
        return count("""
                select count(distinct w.subject_id) from warrant w
                where w.issuing_country = :country and w.case_id in %s
                  and (exists (select 1 from sighting s where s.warrant_id = w.id and s.seen_at >= :start and s.seen_at < :end)
                       or exists (select 1 from arrest a where a.subject_id = w.subject_id and a.arrested_at >= :start and a.arrested_at < :end)
                       or exists (select 1 from extradition e where e.subject_id = w.subject_id and e.provisional_arrest_on between :from and :to))"""
                .formatted(VISIBLE), reader, country, period);
    }

    /**
     * Persons the country wanted or asked for who were arrested in another country in the period:
     * an arrest recorded abroad of a person it holds a warrant for, or a provisional arrest or
     * detention on its request.
     */
    public Uni<Long> arrestedAbroad(String reader, String country, Period period) {
        return count("""
                select count(distinct x.subject_id) from (
                    select a.subject_id from arrest a
                    where a.arrested_at >= :start and a.arrested_at < :end and a.country <> :country and a.case_id in %1$s
                      and exists (select 1 from warrant w where w.subject_id = a.subject_id and w.issuing_country = :country)
                    union
                    select e.subject_id from extradition e
                    where e.requesting_country = :country and e.provisional_arrest_on between :from and :to and e.case_id in %1$s) x"""
                .formatted(VISIBLE), reader, country, period);
    }

    /** Rows of [direction, counterpart, kind, persons] handed over in the period. */
    public Uni<List<Object[]>> transfers(String reader, String country, Period period) {
        return rows("""
                select %s, %s, e.kind, count(distinct e.subject_id) from extradition e
                where e.surrendered_on between :from and :to and (e.requesting_country = :country or e.requested_country = :country)
                  and e.case_id in %s
                group by 1, 2, 3 order by 1, 2, 3""".formatted(DIRECTION, COUNTERPART, VISIBLE), reader, country, period);
    }

    /** Rows of [direction, counterpart, ground, requests] refused in the period. */
    public Uni<List<Object[]>> refusals(String reader, String country, Period period) {
        return rows("""
                select %s, %s, e.refusal_ground, count(*) from extradition e
                where e.status = 'REFUSED' and e.decided_on between :from and :to
                  and (e.requesting_country = :country or e.requested_country = :country) and e.case_id in %s
                group by 1, 2, 3 order by 1, 2, 3""".formatted(DIRECTION, COUNTERPART, VISIBLE), reader, country, period);
    }

    /** Rows of [direction, median days] from the arrest (provisional, or detention) to the handover, for handovers in the period. */
    public Uni<List<Object[]>> medianDaysToHandover(String reader, String country, Period period) {
        return rows("""
                select %s, percentile_cont(0.5) within group (order by e.surrendered_on - e.provisional_arrest_on) from extradition e
                where e.surrendered_on between :from and :to and e.provisional_arrest_on is not null
                  and (e.requesting_country = :country or e.requested_country = :country) and e.case_id in %s
                group by 1""".formatted(DIRECTION, VISIBLE), reader, country, period);
    }

    private static Uni<Long> count(String sql, String reader, String country, Period period) {
        return Panache.getSession().flatMap(s -> bind(s.createNativeQuery(sql, Long.class), sql, reader, country, period).getSingleResult());
    }

    private static Uni<List<Object[]>> rows(String sql, String reader, String country, Period period) {
        return Panache.getSession().flatMap(s -> bind(s.createNativeQuery(sql, Object[].class), sql, reader, country, period).getResultList());
    }

    /** Binds the parameters the statement names (a native query refuses one it does not use). */
    private static <Q extends Mutiny.SelectionQuery<?>> Q bind(Q q, String sql, String reader, String country, Period period) {
        q.setParameter("reader", reader).setParameter("country", country);
        if (sql.contains(":from")) {
            q.setParameter("from", period.from()).setParameter("to", period.to());
        }
        if (sql.contains(":start")) {
            q.setParameter("start", period.start()).setParameter("end", period.endExclusive());
        }
        return q;
    }
}
