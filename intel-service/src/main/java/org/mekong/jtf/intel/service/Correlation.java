package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditLog.Touched;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.common.text.PersonNames;
import org.mekong.jtf.intel.domain.EntityType;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.Mention;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.repository.CorrelationRepository;
import org.mekong.jtf.intel.repository.CorrelationRepository.HitRow;
import org.mekong.jtf.intel.repository.CorrelationRepository.Lookup;
import org.mekong.jtf.intel.repository.HotlineEventStore;
import org.mekong.jtf.intel.repository.ReportRepository;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.CaseRecordSync;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityDto;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionCreate;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.Matched;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ParticipantsSync;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.SyncView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Correlation of the entities reports and case records name. A report is correlated when it is
 * published, a case record whenever the case service sends it: each of its mentions is looked up by
 * its block among the other live mentions — only the rows of that block — and each match becomes a
 * hit, kept once per pair. An identifier's block is its normalised key (the same phone, plate,
 * document however written); a person's is the block of the name's spellings in any script (see
 * PersonNames), whose members are scored and kept above the similarity threshold. A value already
 * held by more than the cut-off (MISP's default, 20) matches too much to mean anything and raises
 * nothing; one the supervisors excluded raises nothing (NEVER) or raises with their warning (WARN).
 * When the match is with another agency's record, that agency hears of it on its hotline feed:
 * which partner, which type of entity, nothing else.
 */
@ApplicationScoped
@RunsToCompletion
public class Correlation {

    static final String HIT = "correlation-hit";
    public static final int CUT_OFF = 20;
    /** How many records of one name block are scored at most: a fuller block leaves its names their exact keys. */
    public static final int NAME_BLOCK_CAP = 200;
    public static final String MATCHED = "CORRELATION_MATCHED";
    private static final Set<String> RECORD_TYPES = Set.of("subject", "asset", "seizure");

    private final CorrelationRepository index;
    private final ReportRepository reports;
    private final ReportAccess access;
    private final HotlineEventStore feed;
    private final AuditLog audit;

    public Correlation(CorrelationRepository index, ReportRepository reports, ReportAccess access, HotlineEventStore feed,
                       AuditLog audit) {
        this.index = index;
        this.reports = reports;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ reports

    /** The entities of a draft, normalised (a bad one is a 400 naming it); stored in the caller's transaction. */
    Uni<Void> name(Caller caller, IntelReport r, List<EntityDto> entities) {
        List<Mention> now = mentions(entities, caller.country(), "entities", m -> {
            m.source = Mention.REPORT;
            m.reportId = r.id;
            m.agency = r.originatorAgency;
        });
        return index.ofReport(r.id).flatMap(old -> index.replace(old, now));
    }

    /** Correlates a report as it is published, in the transaction that publishes it; returns how many hits it raised. */
    Uni<Integer> published(IntelReport r) {
        return index.ofReport(r.id).flatMap(own -> correlate(own, r.id, r.originatorAgency));
    }

    /** A report's entities, as named and as matched (the caller must see the report). */
    @WithSession
    public Uni<List<EntityView>> entities(Caller caller, ReportKind kind, UUID reportId) {
        return access.readable(caller, kind, reportId).flatMap(r -> index.ofReport(r.id)
                .call(found -> access.readAbout(caller, r, "entities", r.id))
                .map(found -> found.stream().map(m -> new EntityView(m.id, m.type, m.value, m.country, EntityKeys.shown(m.matchKey))).toList()));
    }

    /** The hits of a report the caller may see (see {@link #views}). */
    @WithSession
    public Uni<List<HitView>> hits(Caller caller, ReportKind kind, UUID reportId) {
        return access.readable(caller, kind, reportId).flatMap(r -> index.ofReport(r.id)
                .flatMap(own -> views(caller, own, r.originatorAgency, r.id)));
    }

    // ------------------------------------------------------------------ case records

    /**
     * A subject, seized asset or seizure as the case service sends it. Its machine token speaks for the
     * case's lead agency, whose record it is. Applied in order: an older delivery than the last kept
     * changes nothing, so a redelivery or a late one is harmless.
     */
    @WithTransaction
    public Uni<SyncView> caseRecord(Caller caller, String recordType, UUID recordId, CaseRecordSync sync) {
        if (!RECORD_TYPES.contains(recordType)) {
            throw ProblemException.badRequest("recordType", "must be one of " + new java.util.TreeSet<>(RECORD_TYPES));
        }
        if (!sync.participants().contains(caller.agency())) {
            throw ProblemException.forbidden("a case record is sent for the agency leading the case, which takes part in it");
        }
        List<Mention> now = mentions(sync.entities() == null ? List.of() : sync.entities(), caller.country(), "entities", m -> {
            m.source = Mention.CASE;
            m.caseId = sync.caseId();
            m.recordType = recordType;
            m.recordId = recordId;
            m.agency = caller.agency();
        });
        Instant at = TrackedRecord.now();
        return requireOwner(caller, sync.caseId())
                .call(() -> index.recordOwner(recordType, recordId).invoke(owner -> {
                    if (owner != null && !owner.equals(caller.agency())) {
                        throw notYours(recordType, recordId, owner);
                    }
                }))
                .flatMap(owned -> index.saveParticipants(sync.caseId(), caller.agency(), sync.participants(), sync.caseSeq()))
                .flatMap(participantsApplied -> index.recordSeq(recordType, recordId))
                .flatMap(kept -> {
                    if (kept != null && kept >= sync.seq()) {
                        return Uni.createFrom().item(new SyncView("STALE", 0, 0));
                    }
                    return index.saveRecord(recordType, recordId, sync.caseId(), sync.caseReference(), caller.agency(), sync.label().strip(),
                                    sync.seq(), at)
                            .flatMap(saved -> index.ofRecord(recordType, recordId))
                            .flatMap(old -> index.replace(old, now))
                            .flatMap(replaced -> correlate(now, recordId, caller.agency()))
                            .call(raised -> audit.record(caller, "case-record-synced", recordType, recordId, caller.agency()))
                            .map(raised -> new SyncView("APPLIED", now.size(), raised));
                });
    }

    /** A case's participants changed: who may see its records' mentions changes with them, at once. */
    @WithTransaction
    public Uni<SyncView> participants(Caller caller, UUID caseId, ParticipantsSync sync) {
        if (!sync.participants().contains(caller.agency())) {
            throw ProblemException.forbidden("participants are sent for the agency leading the case, which takes part in it");
        }
        return requireOwner(caller, caseId)
                .flatMap(owned -> index.saveParticipants(caseId, caller.agency(), sync.participants(), sync.seq()))
                .call(applied -> audit.record(caller, "case-participants-synced", "case", caseId, caller.agency()))
                .map(applied -> new SyncView(applied ? "APPLIED" : "STALE", 0, 0));
    }

    /**
     * A case in the index belongs to the agency that first sent it: another agency's machine identity
     * (a partner's national system taking part in the case, say) cannot change who sees it. Refused
     * like a missing case, and filed with the owner.
     */
    private Uni<Void> requireOwner(Caller caller, UUID caseId) {
        return index.caseOwner(caseId).invoke(owner -> {
            if (owner != null && !owner.equals(caller.agency())) {
                throw notYours("case", caseId, owner);
            }
        }).replaceWithVoid();
    }

    private static ProblemException notYours(String what, Object id, String owner) {
        return ProblemException.notFound(what + " " + id).audited("not-owner", what, id, owner);
    }

    /** The hits of a case's records, for an agency taking part in it (another gets the same 404 as for an unknown case). */
    @WithSession
    public Uni<List<HitView>> caseHits(Caller caller, UUID caseId) {
        return index.casesVisibleTo(caller.agency(), List.of(caseId)).flatMap(visible -> {
            if (visible.isEmpty()) {
                throw org.mekong.jtf.common.audit.Visibility.missing("case", caseId);
            }
            return index.ofCase(caseId).flatMap(own -> views(caller, own, own.isEmpty() ? caller.agency() : own.get(0).agency, caseId));
        });
    }

    // ------------------------------------------------------------------ matching

    private static List<Mention> mentions(List<EntityDto> entities, String reportingCountry, String field,
                                          java.util.function.Consumer<Mention> holder) {
        List<Mention> made = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityDto e = entities.get(i);
            Mention m = new Mention();
            m.id = UUID.randomUUID();
            holder.accept(m);
            m.position = i;
            m.type = e.type();
            m.value = e.value().strip();
            m.country = e.country();
            m.birthYear = e.type() == EntityType.PERSON ? e.birthYear() : null;
            m.matchKey = EntityKeys.of(e.type(), e.value(), e.country(), reportingCountry, field + "[" + i + "].value");
            m.blockKey = EntityKeys.block(e.type(), e.value());
            if (e.type() == EntityType.PERSON) {
                PersonNames.Name name = PersonNames.of(m.value);
                m.latin = name.transliterated() ? name.latin() : null;
            }
            made.add(m);
        }
        return made;
    }

    private Uni<Integer> correlate(List<Mention> own, UUID holder, String ownerAgency) {
        if (own.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        Instant now = TrackedRecord.now();
        // a value held by more than the cut-off means nothing. A name's block holds its spellings and the names that sound
        // alike: scanned up to NAME_BLOCK_CAP and its members scored; a block fuller than that leaves the name its exact key
        Map<Lookup, Integer> caps = new LinkedHashMap<>();
        for (Mention m : own) {
            caps.put(new Lookup(false, m.matchKey), CUT_OFF + 1);
            if (m.blockKey != null) {
                caps.put(new Lookup(true, m.blockKey), NAME_BLOCK_CAP + 1);
            }
        }
        return index.candidates(caps, holder).flatMap(found -> {
            // the exclusion list speaks of values however a match reaches them: a name's other spellings too
            Set<String> keys = own.stream().map(m -> m.matchKey).collect(Collectors.toCollection(LinkedHashSet::new));
            found.values().forEach(list -> list.forEach(o -> keys.add(o.matchKey)));
            return index.exclusions(keys).map(excluded -> Map.entry(found, excluded));
        }).flatMap(foundAndExcluded -> {
            Map<Lookup, List<Mention>> found = foundAndExcluded.getKey();
            List<Object[]> excluded = foundAndExcluded.getValue();
            Map<String, Object[]> exclusionByKey = excluded.stream().collect(Collectors.toMap(row -> (String) row[0], row -> row));
            Map<String, String> warnings = new HashMap<>();
            Map<Mention, List<Mention>> candidatesOf = new LinkedHashMap<>();
            for (Mention m : own) {
                Object[] exclusion = exclusionByKey.get(m.matchKey);
                if (exclusion != null && "NEVER".equals(exclusion[1])) {
                    continue;
                }
                List<Mention> withKey = found.getOrDefault(new Lookup(false, m.matchKey), List.of());
                List<Mention> inBlock = m.blockKey == null ? List.of() : found.getOrDefault(new Lookup(true, m.blockKey), List.of());
                // a full look-up (it reached its cap) counts for nothing
                Map<UUID, Mention> candidates = new LinkedHashMap<>();
                if (withKey.size() <= CUT_OFF) {
                    withKey.forEach(o -> candidates.put(o.id, o));
                }
                if (inBlock.size() <= NAME_BLOCK_CAP) {
                    inBlock.forEach(o -> candidates.put(o.id, o));
                }
                candidates.values().removeIf(o -> {
                    Object[] theirs = exclusionByKey.get(o.matchKey);
                    return theirs != null && "NEVER".equals(theirs[1]);
                });
                if (candidates.isEmpty()) {
                    continue;
                }
                if (exclusion != null) {
                    warnings.put(m.matchKey, "listed by supervisors: " + exclusion[2]);
                }
                candidatesOf.put(m, List.copyOf(candidates.values()));
            }
            if (candidatesOf.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Set<String> pairKeys = candidatesOf.keySet().stream().map(Mention::pairKey).collect(Collectors.toSet());
            return index.rejectedPairs(pairKeys).flatMap(rejected -> raise(candidatesOf, holder, ownerAgency, rejected, warnings, now));
        });
    }

    private Uni<Integer> raise(Map<Mention, List<Mention>> candidatesOf, UUID holder, String ownerAgency, Set<String> rejected,
                               Map<String, String> warnings, Instant now) {
        Uni<Integer> raised = Uni.createFrom().item(0);
        // each holder told once per holder record and entity type
        Set<String> told = new LinkedHashSet<>();
        // a name is read once, however many candidates it is compared with
        Map<String, PersonNames.Name> names = new HashMap<>();
        for (Map.Entry<Mention, List<Mention>> entry : candidatesOf.entrySet()) {
            Mention mine = entry.getKey();
            List<Strength> matched = new ArrayList<>();
            List<Mention> matchedOthers = new ArrayList<>();
            for (Mention other : entry.getValue()) {
                if (rejected.contains(CorrelationRepository.pair(mine.pairKey(), other.holder(), holder))) {
                    continue;
                }
                Strength strength = strength(mine, other, names);
                if (strength != null) {
                    matched.add(strength);
                    matchedOthers.add(other);
                }
            }
            if (matched.size() > CUT_OFF) {
                continue; // a name that matches this many records says nothing about any of them
            }
            for (int k = 0; k < matched.size(); k++) {
                Mention other = matchedOthers.get(k);
                Strength strength = matched.get(k);
                UUID hitId = UUID.randomUUID();
                raised = raised.flatMap(count -> index.recordHit(hitId, mine, other, strength.level(), strength.why(),
                                warnings.get(mine.matchKey), now)
                        .map(isNew -> count + (isNew ? 1 : 0)));
                // a possible match is never shown to whoever cannot see the other record: nobody is told of it either
                if (HIT_STRENGTH.equals(strength.level()) && !other.agency.equals(ownerAgency) && told.add(other.holder() + "|" + mine.type)) {
                    raised = raised.call(() -> tell(other, ownerAgency, mine.type, now));
                }
            }
        }
        return raised;
    }

    /** How strong a match is, and why, in words a user reads. */
    private record Strength(String level, String why) {
    }

    /**
     * An identifier or a drug signature matched is a hit. A person's names must be alike (see
     * PersonNames: in any script, within the similarity threshold), then count as a hit only with a
     * second agreeing attribute — the same year of birth or nationality — and alone only as
     * possible; a year of birth that differs says they are not the same person (no hit). A vessel's or
     * an organisation's name is a hit with the same country, possible without; a place or a colour is
     * only ever possible.
     */
    private static Strength strength(Mention mine, Mention other, Map<String, PersonNames.Name> names) {
        if (mine.type.identifying()) {
            return new Strength(HIT_STRENGTH, null);
        }
        if (mine.type != EntityType.PERSON) {
            boolean sameCountry = mine.country != null && mine.country.equals(other.country);
            String why = "same " + describe(mine.type) + " " + EntityKeys.shown(mine.matchKey);
            return mine.type.hitWithSecondAttribute() && sameCountry
                    ? new Strength(HIT_STRENGTH, why + "; same country " + mine.country)
                    : new Strength(POSSIBLE_STRENGTH, why + (mine.type.hitWithSecondAttribute() ? "; nothing else agrees" : ""));
        }
        if (mine.birthYear != null && other.birthYear != null && !mine.birthYear.equals(other.birthYear)) {
            return null;
        }
        PersonNames.Name a = names.computeIfAbsent(mine.value, PersonNames::of);
        PersonNames.Name b = names.computeIfAbsent(other.value, PersonNames::of);
        double score = mine.matchKey.equals(other.matchKey) ? 1 : PersonNames.matchScore(a, b);
        if (score < PersonNames.THRESHOLD) {
            return null;
        }
        List<String> agreeing = new ArrayList<>();
        if (mine.birthYear != null && mine.birthYear.equals(other.birthYear)) {
            agreeing.add("same year of birth " + mine.birthYear);
        }
        if (mine.country != null && mine.country.equals(other.country)) {
            agreeing.add("same nationality " + mine.country);
        }
        String how = namesMatch(a, b, score, mine.matchKey.equals(other.matchKey));
        return agreeing.isEmpty() ? new Strength(POSSIBLE_STRENGTH, how + "; nothing else agrees")
                : new Strength(HIT_STRENGTH, how + "; " + String.join("; ", agreeing));
    }

    /** How two names matched, in words: "names match after transliteration: สมชาย ใจดี (somchai chaidi) ≈ Somchai Jaidee, score 1.00". */
    private static String namesMatch(PersonNames.Name a, PersonNames.Name b, double score, boolean sameKey) {
        String shownA = a.written() + (a.transliterated() ? " (" + a.latin() + ")" : "");
        String shownB = b.written() + (b.transliterated() ? " (" + b.latin() + ")" : "");
        String how = a.transliterated() || b.transliterated() ? "names match after transliteration"
                : sameKey ? "names match after folding case, accents and word order" : "names match as spellings of one name";
        return how + ": " + shownA + " ≈ " + shownB + ", score " + String.format(java.util.Locale.ROOT, "%.2f", score);
    }

    static final String HIT_STRENGTH = "HIT";
    static final String POSSIBLE_STRENGTH = "POSSIBLE";

    /** The holder of the other record hears that a partner matched it: the partner and the entity type, nothing of the partner's record. */
    private Uni<Void> tell(Mention holders, String partner, EntityType type, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", MATCHED);
        payload.put("partner", partner);
        payload.put("entityType", type);
        payload.put("yourRecord", Mention.REPORT.equals(holders.source)
                ? Map.of("report", holders.reportId)
                : Map.of("case", holders.caseId, "recordType", holders.recordType, "record", holders.recordId));
        payload.put("at", at.toString());
        return feed.append(holders.agency, MATCHED, null, at, payload);
    }

    // ------------------------------------------------------------------ views

    /**
     * Hits from the side of these mentions. A hit with a record the caller may see too links it; one
     * with a record it may not see says only which agency holds a match and how to ask for it.
     */
    private Uni<List<HitView>> views(Caller caller, List<Mention> own, String ownerAgency, UUID holder) {
        return index.hitsOf(own.stream().map(m -> m.id).toList(), 200).flatMap(rows -> {
            Set<UUID> otherReports = rows.stream().map(HitRow::otherReport).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<UUID> otherCases = rows.stream().map(HitRow::otherCase).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<UUID> otherRecords = rows.stream().map(HitRow::otherRecord).filter(Objects::nonNull).collect(Collectors.toSet());
            return reports.visibleAmong(caller, Today.utc(), otherReports).flatMap(seenReports -> index.casesVisibleTo(caller.agency(), otherCases)
                    .flatMap(seenCases -> index.recordLabels(otherRecords).map(labels -> {
                        Map<UUID, IntelReport> reportById = seenReports.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
                        Set<UUID> caseSeen = Set.copyOf(seenCases);
                        Map<UUID, Object[]> labelById = labels.stream().collect(Collectors.toMap(l -> (UUID) l[0], l -> l));
                        return rows.stream().map(row -> view(row, matched(row, reportById, caseSeen, labelById)))
                                // a name alone held elsewhere says nothing worth asking a partner about
                                .filter(v -> v.matched() != null || !POSSIBLE_STRENGTH.equals(v.strength())).toList();
                    })))
                    .call(views -> audited(caller, ownerAgency, holder, rows));
        });
    }

    private static Matched matched(HitRow row, Map<UUID, IntelReport> reports, Set<UUID> cases, Map<UUID, Object[]> labels) {
        if (row.otherReport() != null) {
            IntelReport r = reports.get(row.otherReport());
            return r == null ? null : new Matched("REPORT", r.id, r.reference, r.title, r.originatorAgency, null, null);
        }
        if (!cases.contains(row.otherCase())) {
            return null;
        }
        Object[] label = labels.get(row.otherRecord());
        return new Matched("CASE_RECORD", row.otherRecord(), label == null ? null : (String) label[1], label == null ? null : (String) label[2],
                row.otherAgency(), row.otherCase(), row.otherRecordType());
    }

    private static HitView view(HitRow row, Matched matched) {
        EntityType type = EntityType.valueOf(row.type());
        // a person is shown as named here; an identifier as matched (+84912345678 however it was written)
        String value = type == EntityType.PERSON ? row.ownValue() : EntityKeys.shown(row.matchKey());
        if (matched != null) {
            String why = row.explanation() != null ? row.explanation() : "same " + describe(type) + " " + value;
            return new HitView(row.id(), "LINKED", type, row.ownMention(), why, matched, null, null,
                    row.warning(), row.createdAt(), row.verdict(), row.verdictReason(), row.strength());
        }
        // the other record's attributes stay unsaid: only that the caller's own value is held elsewhere
        return new HitView(row.id(), "HELD_ELSEWHERE", type, row.ownMention(), "your " + describe(type) + " " + value
                + " matches a record held by " + row.otherAgency(), null, row.otherAgency(),
                "Ask " + row.otherAgency() + " through your liaison channel, quoting hit " + row.id(), row.warning(), row.createdAt(),
                row.verdict(), row.verdictReason(), row.strength());
    }

    private static String describe(EntityType type) {
        return switch (type) {
            case PHONE -> "E.164 number";
            case VEHICLE_PLATE -> "plate";
            case VIN -> "VIN";
            case VESSEL_REGISTRATION -> "vessel registration";
            case IDENTITY_DOCUMENT -> "document number";
            case BANK_ACCOUNT -> "account number";
            case TABLET_LOGO -> "tablet logo";
            case PERSON -> "person named";
            case VESSEL_NAME -> "vessel named";
            case ORGANISATION -> "organisation named";
            case PLACE -> "place named";
            case TABLET_COLOUR -> "tablet colour";
            case PACKAGING_MARK -> "packaging mark";
        };
    }

    /** Each hit read is filed with the owner of the record asked about; the list itself too, so an empty one leaves a trace. */
    private Uni<Void> audited(Caller caller, String ownerAgency, UUID holder, List<HitRow> rows) {
        List<Touched> touched = new ArrayList<>();
        touched.add(new Touched(HIT + "-list", holder.toString(), ownerAgency));
        rows.forEach(row -> touched.add(new Touched(HIT, row.id().toString(), ownerAgency)));
        return audit.readAll(caller, touched);
    }

    // ------------------------------------------------------------------ verdicts and search

    /**
     * An analyst of either side confirms or rejects a hit, with a reason. A rejected pair of records is
     * not raised again for that value, even when one of them is sent anew. Another agency's hit is a
     * 404 like a missing one.
     */
    @WithTransaction
    public Uni<org.mekong.jtf.intel.rest.dto.CorrelationDtos.DecisionView> decide(Caller caller, UUID hitId,
                                                                                   org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitDecision decision) {
        Instant at = TrackedRecord.now();
        String reason = decision.reason().strip();
        return index.sides(hitId).flatMap(sides -> {
            if (sides == null || !caller.agency().equals(sides.agencyA()) && !caller.agency().equals(sides.agencyB())) {
                throw org.mekong.jtf.common.audit.Visibility.missing(HIT, hitId);
            }
            Uni<Void> rejected = "REJECTED".equals(decision.verdict())
                    ? index.reject(sides.matchKey(), sides.holderA(), sides.holderB(), reason, caller.officerId(), caller.agency(), at)
                    : Uni.createFrom().voidItem();
            return rejected.flatMap(done -> index.decide(hitId, decision.verdict(), reason, caller.officerId(), caller.agency(), at))
                    .call(() -> audit.record(caller, "correlation-hit-" + decision.verdict().toLowerCase(java.util.Locale.ROOT), HIT, hitId,
                            caller.agency()))
                    .map(done -> new org.mekong.jtf.intel.rest.dto.CorrelationDtos.DecisionView(hitId, decision.verdict(), reason,
                            caller.officerId(), caller.agency(), at));
        });
    }

    /**
     * A value looked up across what the caller may see: the reports and case records naming it that
     * it may see, and the agencies holding it in records it may not (names only). Every look-up is
     * audited in the caller's chain.
     */
    @WithSession
    public Uni<org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntitySearchView> search(Caller caller, EntityType type, String value,
                                                                                       String country) {
        String key = EntityKeys.of(type, value, country, caller.country(), "value");
        String block = EntityKeys.block(type, value);
        PersonNames.Name asked = type == EntityType.PERSON ? PersonNames.of(value) : null;
        Uni<List<Mention>> candidates = block == null ? index.mentionsOf(new Lookup(false, key), CUT_OFF + 1)
                : index.mentionsOf(new Lookup(false, key), CUT_OFF + 1).flatMap(asWritten -> index.mentionsOf(new Lookup(true, block),
                        NAME_BLOCK_CAP + 1).map(inBlock -> {
                    // the name as written (folded) always; its other spellings unless the block is too full to mean anything
                    Map<UUID, Mention> both = new LinkedHashMap<>();
                    asWritten.forEach(m -> both.put(m.id, m));
                    if (inBlock.size() <= NAME_BLOCK_CAP) {
                        inBlock.forEach(m -> both.put(m.id, m));
                    }
                    return List.copyOf(both.values());
                }));
        return candidates
                // a name finds its spellings, not every name of its block
                .map(inBlock -> asked == null ? inBlock : inBlock.stream().filter(m -> m.matchKey.equals(key)
                        || PersonNames.matchScore(asked, PersonNames.of(m.value)) >= PersonNames.THRESHOLD).toList())
                .flatMap(found -> {
            Set<UUID> reportIds = found.stream().map(m -> m.reportId).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<UUID> caseIds = found.stream().map(m -> m.caseId).filter(Objects::nonNull).collect(Collectors.toSet());
            Set<UUID> recordIds = found.stream().map(m -> m.recordId).filter(Objects::nonNull).collect(Collectors.toSet());
            return reports.visibleAmong(caller, Today.utc(), reportIds).flatMap(seenReports -> index.casesVisibleTo(caller.agency(), caseIds)
                    .flatMap(seenCases -> index.recordLabels(recordIds).map(labels -> {
                        Map<UUID, IntelReport> reportById = seenReports.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
                        Map<UUID, Object[]> labelById = labels.stream().collect(Collectors.toMap(l -> (UUID) l[0], l -> l));
                        List<Matched> records = new ArrayList<>();
                        Set<String> elsewhere = new java.util.TreeSet<>();
                        Set<UUID> listed = new java.util.HashSet<>();
                        for (Mention m : found) {
                            Matched seen = null;
                            if (m.reportId != null && reportById.containsKey(m.reportId)) {
                                IntelReport r = reportById.get(m.reportId);
                                seen = new Matched("REPORT", r.id, r.reference, r.title, r.originatorAgency, null, null);
                            } else if (m.caseId != null && seenCases.contains(m.caseId)) {
                                Object[] label = labelById.get(m.recordId);
                                seen = new Matched("CASE_RECORD", m.recordId, label == null ? null : (String) label[1],
                                        label == null ? null : (String) label[2], m.agency, m.caseId, m.recordType);
                            }
                            if (seen == null) {
                                elsewhere.add(m.agency);
                            } else if (listed.add(seen.id())) {
                                records.add(seen);
                            }
                        }
                        return new org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntitySearchView(type, EntityKeys.shown(key), records,
                                List.copyOf(elsewhere), found.size() > CUT_OFF);
                    })))
                    .call(view -> audit.readAll(caller, "search", List.of(new Touched("correlation-search",
                            UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString(), caller.agency()))));
        });
    }

    // ------------------------------------------------------------------ exclusions

    /** A supervisor lists a value that must never correlate, or correlate with a warning. */
    @WithTransaction
    public Uni<ExclusionView> exclude(Caller caller, ExclusionCreate request) {
        String key = EntityKeys.of(request.type(), request.value(), request.country(), caller.country(), "value");
        return index.exclude(key, request.type().name(), request.mode(), request.reason().strip(), caller.officerId(), caller.agency(),
                        TrackedRecord.now())
                // the key may be longer than an audit object id: its name-based UUID stands for it
                .call(() -> audit.record(caller, "correlation-exclusion-set", "correlation-exclusion",
                        UUID.nameUUIDFromBytes(key.getBytes(java.nio.charset.StandardCharsets.UTF_8)), caller.agency()))
                .map(done -> new ExclusionView(EntityKeys.shown(key), request.type(), request.mode(), request.reason().strip()));
    }
}
