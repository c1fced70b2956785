package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.ReportEntity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The correlation index: report entities by key, the hits between them, the exclusion list. A new
 * report's lookups touch only the rows of its own keys (index on match_key), never the whole index.
 */
@ApplicationScoped
public class CorrelationRepository implements io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase<ReportEntity, UUID> {

    /** A mention of a key in another published report. */
    public record Mention(UUID entityId, UUID reportId, String agency, String matchKey) {
    }

    /** A hit as read for one report: its own entity, the other side, why. */
    public record HitRow(UUID id, String type, String matchKey, UUID ownEntity, UUID otherReport, String otherAgency, String warning,
                         Instant createdAt) {
    }

    public Uni<List<ReportEntity>> entitiesOf(UUID reportId) {
        return find("reportId", Sort.by("position"), reportId).list();
    }

    public Uni<Void> replaceEntities(UUID reportId, List<ReportEntity> entities) {
        return Panache.getSession().flatMap(s -> s.createMutationQuery("delete from ReportEntity where reportId = :id")
                        .setParameter("id", reportId).executeUpdate())
                .flatMap(deleted -> entities.isEmpty() ? Uni.createFrom().voidItem()
                        : Panache.getSession().flatMap(s -> s.persistAll(entities.toArray())));
    }

    /** How many other published reports mention each key (keys with none are absent). */
    public Uni<List<Object[]>> mentionCounts(Collection<String> keys, UUID exceptReport) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select e.match_key, count(distinct e.report_id) from report_entity e join intel_report r on r.id = e.report_id
                        where e.match_key in (:keys) and e.report_id <> :report and r.status = 'PUBLISHED'
                        group by e.match_key""", Object[].class)
                .setParameter("keys", keys).setParameter("report", exceptReport).getResultList());
    }

    /** The exclusion modes of these keys (keys not listed are absent). */
    public Uni<List<Object[]>> exclusions(Collection<String> keys) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select match_key, mode, reason from correlation_exclusion where match_key in (:keys)", Object[].class)
                .setParameter("keys", keys).getResultList());
    }

    /** The mentions of these keys in other published reports. */
    public Uni<List<Mention>> mentions(Collection<String> keys, UUID exceptReport) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select e.id, e.report_id, e.agency, e.match_key from report_entity e join intel_report r on r.id = e.report_id
                        where e.match_key in (:keys) and e.report_id <> :report and r.status = 'PUBLISHED'
                        order by e.match_key, e.report_id""", Object[].class)
                        .setParameter("keys", keys).setParameter("report", exceptReport).getResultList())
                .map(rows -> rows.stream().map(r -> new Mention((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3])).toList());
    }

    /** Records a hit once (a pair already recorded is left as it is); true if it is new. */
    public Uni<Boolean> recordHit(UUID id, String matchKey, String type, ReportEntity own, Mention other, String warning, Instant at) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into correlation_hit (id, match_key, type, entity_a, report_a, agency_a, entity_b, report_b, agency_b, warning, created_at)
                        values (:id, :key, :type, :ea, :ra, :aa, :eb, :rb, :ab, :warning, :at) on conflict (entity_a, entity_b) do nothing""")
                .setParameter("id", id).setParameter("key", matchKey).setParameter("type", type)
                .setParameter("ea", own.id).setParameter("ra", own.reportId).setParameter("aa", own.agency)
                .setParameter("eb", other.entityId()).setParameter("rb", other.reportId()).setParameter("ab", other.agency())
                .setParameter("warning", warning).setParameter("at", at).executeUpdate()).map(n -> n > 0);
    }

    /** The hits touching a report, from its side, newest first. */
    public Uni<List<HitRow>> hitsOf(UUID reportId, int limit) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select id, type, match_key, entity_a, report_b, agency_b, warning, created_at from correlation_hit where report_a = :r
                        union all
                        select id, type, match_key, entity_b, report_a, agency_a, warning, created_at from correlation_hit where report_b = :r
                        order by 8 desc, 1 limit :limit""", Object[].class)
                        .setParameter("r", reportId).setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(r -> new HitRow((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (UUID) r[4],
                        (String) r[5], (String) r[6], instant(r[7]))).toList());
    }

    private static Instant instant(Object value) {
        return value instanceof java.time.OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }

    public Uni<Void> exclude(String matchKey, String type, String mode, String reason, String officer, String agency, Instant at) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into correlation_exclusion (match_key, type, mode, reason, created_by, agency, created_at)
                        values (:key, :type, :mode, :reason, :officer, :agency, :at)
                        on conflict (match_key) do update set mode = excluded.mode, reason = excluded.reason,
                            created_by = excluded.created_by, agency = excluded.agency, created_at = excluded.created_at""")
                .setParameter("key", matchKey).setParameter("type", type).setParameter("mode", mode).setParameter("reason", reason)
                .setParameter("officer", officer).setParameter("agency", agency).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }
}
