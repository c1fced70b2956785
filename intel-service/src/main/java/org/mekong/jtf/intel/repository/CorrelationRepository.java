package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.Mention;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The correlation index: mentions by key, the hits between them, the cases' visibility, the
 * exclusion list. A new mention's lookups touch only the rows of its own key or name block (indexes on both),
 * never the whole index. A mention is live — matched and matchable — when its report is published or
 * when it is a case record's.
 */
@ApplicationScoped
public class CorrelationRepository implements PanacheRepositoryBase<Mention, UUID> {

    private static final String LIVE = "(m.source = 'CASE' or exists (select 1 from intel_report r where r.id = m.report_id and r.status = 'PUBLISHED'))";

    /** A hit as read from one side: its own mention, and the other mention with its holder. */
    public record HitRow(UUID id, String type, String matchKey, UUID ownMention, UUID otherMention, String otherSource,
                         UUID otherReport, UUID otherCase, String otherRecordType, UUID otherRecord, String otherAgency,
                         String warning, Instant createdAt, String verdict, String verdictReason, String strength,
                         String explanation, String ownValue) {
    }

    /** Both sides of a hit: whose they are and what records hold them. */
    public record HitSides(UUID id, String matchKey, String agencyA, UUID holderA, String agencyB, UUID holderB) {
    }

    public Uni<List<Mention>> ofReport(UUID reportId) {
        return find("reportId", Sort.by("position"), reportId).list();
    }

    public Uni<List<Mention>> ofRecord(String recordType, UUID recordId) {
        return find("recordType = ?1 and recordId = ?2", Sort.by("position"), recordType, recordId).list();
    }

    public Uni<List<Mention>> ofCase(UUID caseId) {
        return find("caseId", Sort.by("recordType", "recordId", "position"), caseId).list();
    }

    /** Replaces a report's or a record's mentions (their hits go with them). */
    public Uni<Void> replace(List<Mention> old, List<Mention> now) {
        Uni<Void> deleted = old.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().flatMap(s -> s.createMutationQuery("delete from Mention where id in :ids")
                .setParameter("ids", old.stream().map(m -> m.id).toList()).executeUpdate()).replaceWithVoid();
        return deleted.flatMap(done -> now.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().flatMap(s -> s.persistAll(now.toArray())));
    }

    /** A look-up of the index: by match key, or by a name's block. */
    public record Lookup(boolean byBlock, String value) {
    }

    /**
     * For each look-up, the other live mentions it finds, at most its cap (a holder names a value once
     * as a rule, so this counts holders): the scan of a value stops at the cap, so a value held a
     * hundred thousand times costs what one held cap times does, and the work stays with the candidates
     * a report can match, not with the size of the index. One query for all look-ups; the mentions come
     * back as plain objects (they are read, never changed).
     */
    public Uni<Map<Lookup, List<Mention>>> candidates(Map<Lookup, Integer> caps, UUID exceptHolder) {
        List<Map.Entry<Lookup, Integer>> lookups = List.copyOf(caps.entrySet());
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < lookups.size(); i++) {
            String column = lookups.get(i).getKey().byBlock() ? "block_key" : "match_key";
            sql.append(i == 0 ? "" : " union all ").append("""
                    (select %d, m.id, m.source, m.report_id, m.case_id, m.record_type, m.record_id, m.agency, m.type, m.value, m.country,
                            m.match_key, m.block_key, m.birth_year
                     from mention m where m.%s = :k%d and coalesce(m.report_id, m.record_id) <> :holder and %s limit :c%d)"""
                    .formatted(i, column, i, LIVE, i));
        }
        return Panache.getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql.toString(), Object[].class).setParameter("holder", exceptHolder);
            for (int i = 0; i < lookups.size(); i++) {
                q.setParameter("k" + i, lookups.get(i).getKey().value()).setParameter("c" + i, lookups.get(i).getValue());
            }
            return q.getResultList();
        }).map(rows -> {
            Map<Lookup, List<Mention>> found = new java.util.HashMap<>();
            lookups.forEach(l -> found.put(l.getKey(), new java.util.ArrayList<>()));
            for (Object[] r : rows) {
                Mention m = new Mention();
                m.id = (UUID) r[1];
                m.source = (String) r[2];
                m.reportId = (UUID) r[3];
                m.caseId = (UUID) r[4];
                m.recordType = (String) r[5];
                m.recordId = (UUID) r[6];
                m.agency = (String) r[7];
                m.type = org.mekong.jtf.intel.domain.EntityType.valueOf((String) r[8]);
                m.value = (String) r[9];
                m.country = (String) r[10];
                m.matchKey = (String) r[11];
                m.blockKey = (String) r[12];
                m.birthYear = r[13] == null ? null : ((Number) r[13]).intValue();
                found.get(lookups.get(((Number) r[0]).intValue()).getKey()).add(m);
            }
            return found;
        });
    }

    /** The exclusion modes and reasons of these keys (keys not listed are absent). */
    public Uni<List<Object[]>> exclusions(Collection<String> keys) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select match_key, mode, reason from correlation_exclusion where match_key in (:keys)", Object[].class)
                .setParameter("keys", keys).getResultList());
    }

    /** Records a hit once (a pair already recorded is left as it is), under what the pair matched by; true if it is new. */
    public Uni<Boolean> recordHit(UUID id, Mention own, Mention other, String strength, String explanation, String warning, Instant at) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into correlation_hit (id, match_key, type, mention_a, mention_b, strength, explanation, warning, created_at)
                        values (:id, :key, :type, :a, :b, :strength, :explanation, :warning, :at) on conflict (mention_a, mention_b) do nothing""")
                .setParameter("id", id).setParameter("key", own.pairKey()).setParameter("type", own.type.name())
                .setParameter("a", own.id).setParameter("b", other.id).setParameter("strength", strength)
                .setParameter("explanation", explanation)
                .setParameter("warning", warning).setParameter("at", at).executeUpdate()).map(n -> n > 0);
    }

    /** The hits touching these mentions, from their side, newest first. */
    public Uni<List<HitRow>> hitsOf(Collection<UUID> mentions, int limit) {
        if (mentions.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select h.id, h.type, h.match_key, own.id, o.id, o.source, o.report_id, o.case_id, o.record_type, o.record_id, o.agency,
                               h.warning, h.created_at, h.verdict, h.verdict_reason, h.strength, h.explanation, own.value
                        from correlation_hit h
                        join mention own on own.id in (h.mention_a, h.mention_b)
                        join mention o on o.id = case when h.mention_a = own.id then h.mention_b else h.mention_a end
                        where own.id in (:mentions)
                        order by h.created_at desc, h.id limit :limit""", Object[].class)
                        .setParameter("mentions", mentions).setParameter("limit", limit).getResultList())
                .map(rows -> rows.stream().map(r -> new HitRow((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[3], (UUID) r[4],
                        (String) r[5], (UUID) r[6], (UUID) r[7], (String) r[8], (UUID) r[9], (String) r[10], (String) r[11],
                        instant(r[12]), (String) r[13], (String) r[14], (String) r[15], (String) r[16], (String) r[17])).toList());
    }

    /** Of these cases, those the agency takes part in (as the case service last said). */
    public Uni<List<UUID>> casesVisibleTo(String agency, Collection<UUID> cases) {
        return cases.isEmpty() ? Uni.createFrom().item(List.of()) : Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select case_id from case_visibility where agency = :agency and case_id in (:cases)", UUID.class)
                .setParameter("agency", agency).setParameter("cases", cases).getResultList());
    }

    /** The case reference and label of case records, for the hits that may name them. */
    public Uni<List<Object[]>> recordLabels(Collection<UUID> records) {
        return records.isEmpty() ? Uni.createFrom().item(List.of()) : Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select record_id, case_reference, label from case_record where record_id in (:records)", Object[].class)
                .setParameter("records", records).getResultList());
    }

    /** The sequence of a case record as last applied, or null. */
    public Uni<Long> recordSeq(String recordType, UUID recordId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select seq from case_record where record_type = :type and record_id = :id", Long.class)
                .setParameter("type", recordType).setParameter("id", recordId).getSingleResultOrNull());
    }

    public Uni<Void> saveRecord(String recordType, UUID recordId, UUID caseId, String caseReference, String leadAgency, String label,
                                long seq, Instant at) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into case_record (record_type, record_id, case_id, case_reference, lead_agency, label, seq, received_at)
                        values (:type, :id, :case, :reference, :lead, :label, :seq, :at)
                        on conflict (record_type, record_id) do update set case_reference = excluded.case_reference,
                            label = excluded.label, seq = excluded.seq, received_at = excluded.received_at""")
                .setParameter("type", recordType).setParameter("id", recordId).setParameter("case", caseId)
                .setParameter("reference", caseReference).setParameter("lead", leadAgency).setParameter("label", label)
                .setParameter("seq", seq).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    /** The agency a case belongs to in the index (the first to send it), or null if it is new here. */
    public Uni<String> caseOwner(UUID caseId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select lead_agency from case_visibility_seq where case_id = :case", String.class)
                .setParameter("case", caseId).getSingleResultOrNull());
    }

    /** The agency a case record belongs to (its case's lead agency), or null if it is new here. */
    public Uni<String> recordOwner(String recordType, UUID recordId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select lead_agency from case_record where record_type = :type and record_id = :id", String.class)
                .setParameter("type", recordType).setParameter("id", recordId).getSingleResultOrNull());
    }

    /**
     * The case's participants, replaced if this sequence is newer than the last applied and the case
     * is the owner's (the service has checked that); true if applied.
     */
    public Uni<Boolean> saveParticipants(UUID caseId, String owner, Collection<String> agencies, long seq) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into case_visibility_seq (case_id, seq, lead_agency) values (:case, :seq, :owner)
                        on conflict (case_id) do update set seq = excluded.seq
                        where case_visibility_seq.seq < excluded.seq and case_visibility_seq.lead_agency = excluded.lead_agency""")
                        .setParameter("case", caseId).setParameter("seq", seq).setParameter("owner", owner).executeUpdate())
                .flatMap(applied -> applied == 0 ? Uni.createFrom().item(false) : Panache.getSession()
                        .flatMap(s -> s.createNativeQuery("delete from case_visibility where case_id = :case")
                                .setParameter("case", caseId).executeUpdate())
                        .flatMap(deleted -> agencies.isEmpty() ? Uni.createFrom().item(0) : Panache.getSession().flatMap(s -> {
                            List<String> all = List.copyOf(agencies);
                            StringBuilder sql = new StringBuilder("insert into case_visibility (case_id, agency) values ");
                            for (int i = 0; i < all.size(); i++) {
                                sql.append(i == 0 ? "" : ", ").append("(:case, :a").append(i).append(')');
                            }
                            var q = s.createNativeQuery(sql.toString()).setParameter("case", caseId);
                            for (int i = 0; i < all.size(); i++) {
                                q.setParameter("a" + i, all.get(i));
                            }
                            return q.executeUpdate();
                        }))
                        .map(inserted -> true));
    }

    public Uni<HitSides> sides(UUID hitId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select h.id, h.match_key, a.agency, coalesce(a.report_id, a.record_id), b.agency, coalesce(b.report_id, b.record_id)
                        from correlation_hit h join mention a on a.id = h.mention_a join mention b on b.id = h.mention_b
                        where h.id = :id""", Object[].class).setParameter("id", hitId).getResultList())
                .map(rows -> rows.isEmpty() ? null : new HitSides((UUID) rows.get(0)[0], (String) rows.get(0)[1], (String) rows.get(0)[2],
                        (UUID) rows.get(0)[3], (String) rows.get(0)[4], (UUID) rows.get(0)[5]));
    }

    public Uni<Void> decide(UUID hitId, String verdict, String reason, String officer, String agency, Instant at) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        update correlation_hit set verdict = :verdict, verdict_reason = :reason, verdict_by = :officer,
                            verdict_agency = :agency, verdict_at = :at where id = :id""")
                .setParameter("verdict", verdict).setParameter("reason", reason).setParameter("officer", officer)
                .setParameter("agency", agency).setParameter("at", at).setParameter("id", hitId).executeUpdate()).replaceWithVoid();
    }

    /** A pair of records whose match an analyst rejected, for this value: never raised again. */
    public Uni<Void> reject(String matchKey, UUID holderA, UUID holderB, String reason, String officer, String agency, Instant at) {
        UUID low = holderA.compareTo(holderB) <= 0 ? holderA : holderB;
        UUID high = low.equals(holderA) ? holderB : holderA;
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        insert into correlation_rejection (match_key, holder_low, holder_high, reason, rejected_by, agency, rejected_at)
                        values (:key, :low, :high, :reason, :officer, :agency, :at) on conflict do nothing""")
                .setParameter("key", matchKey).setParameter("low", low).setParameter("high", high).setParameter("reason", reason)
                .setParameter("officer", officer).setParameter("agency", agency).setParameter("at", at).executeUpdate()).replaceWithVoid();
    }

    /** The rejected pairs of these values, as "key|low|high". */
    public Uni<java.util.Set<String>> rejectedPairs(Collection<String> keys) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select match_key, holder_low, holder_high from correlation_rejection where match_key in (:keys)", Object[].class)
                        .setParameter("keys", keys).getResultList())
                .map(rows -> rows.stream().map(r -> r[0] + "|" + r[1] + "|" + r[2]).collect(java.util.stream.Collectors.toSet()));
    }

    public static String pair(String key, UUID a, UUID b) {
        return a.compareTo(b) <= 0 ? key + "|" + a + "|" + b : key + "|" + b + "|" + a;
    }

    /** The live mentions found by one look-up, at most limit (a value over the cut-off is not worth more). */
    public Uni<List<Mention>> mentionsOf(Lookup lookup, int limit) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        select m.id from mention m where m.%s = :value and %s limit :limit"""
                                .formatted(lookup.byBlock() ? "block_key" : "match_key", LIVE), UUID.class)
                        .setParameter("value", lookup.value()).setParameter("limit", limit).getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<Mention>of()) : list("id in ?1", ids));
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

    private static Instant instant(Object value) {
        return value instanceof OffsetDateTime odt ? odt.toInstant() : (Instant) value;
    }
}
