package org.mekong.jtf.intel.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditLog.Touched;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.ReportEntity;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.repository.CorrelationRepository;
import org.mekong.jtf.intel.repository.CorrelationRepository.HitRow;
import org.mekong.jtf.intel.repository.CorrelationRepository.Mention;
import org.mekong.jtf.intel.repository.HotlineEventStore;
import org.mekong.jtf.intel.repository.ReportRepository;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityDto;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionCreate;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.MatchedReport;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exact correlation of the entities reports name (phones, plates, VINs, vessel registrations,
 * documents, accounts, tablet logos), by their normalised key. A report is correlated when it is
 * published: each key is looked up among the other published reports — only the rows of that key —
 * and each match becomes a hit, kept once per pair. A key that already appears in more reports than
 * the cut-off (MISP's default, 20) matches too much to mean anything and raises nothing; one the
 * supervisors excluded raises nothing (NEVER) or raises with their warning (WARN). When the match is
 * with another agency's record, that agency hears of it on its hotline feed: which partner, which
 * type of entity, nothing else.
 */
@ApplicationScoped
@RunsToCompletion
public class Correlation {

    static final String HIT = "correlation-hit";
    public static final int CUT_OFF = 20;
    public static final String MATCHED = "CORRELATION_MATCHED";

    private final CorrelationRepository index;
    private final ReportRepository reports;
    private final ReportAccess access;
    private final HotlineEventStore feed;
    private final AuditLog audit;
    private final ObjectMapper json;

    public Correlation(CorrelationRepository index, ReportRepository reports, ReportAccess access, HotlineEventStore feed,
                       AuditLog audit, ObjectMapper json) {
        this.index = index;
        this.reports = reports;
        this.access = access;
        this.feed = feed;
        this.audit = audit;
        this.json = json;
    }

    /** The entities of a draft, normalised (a bad one is a 400 naming it); stored in the caller's transaction. */
    Uni<Void> name(Caller caller, IntelReport r, List<EntityDto> entities) {
        List<ReportEntity> kept = new ArrayList<>();
        for (int i = 0; i < entities.size(); i++) {
            EntityDto e = entities.get(i);
            ReportEntity entity = new ReportEntity();
            entity.id = UUID.randomUUID();
            entity.reportId = r.id;
            entity.agency = r.originatorAgency;
            entity.position = i;
            entity.type = e.type();
            entity.value = e.value().strip();
            entity.country = e.country();
            entity.matchKey = EntityKeys.of(e.type(), e.value(), e.country(), caller.country(), "entities[" + i + "].value");
            kept.add(entity);
        }
        return index.replaceEntities(r.id, kept);
    }

    /** Correlates a report as it is published, in the transaction that publishes it; returns how many hits it raised. */
    Uni<Integer> published(IntelReport r) {
        Instant now = TrackedRecord.now();
        return index.entitiesOf(r.id).flatMap(own -> {
            if (own.isEmpty()) {
                return Uni.createFrom().item(0);
            }
            Set<String> keys = own.stream().map(e -> e.matchKey).collect(Collectors.toCollection(LinkedHashSet::new));
            return index.mentionCounts(keys, r.id).flatMap(counts -> index.exclusions(keys).flatMap(excluded -> {
                Map<String, Long> mentioned = new HashMap<>();
                counts.forEach(row -> mentioned.put((String) row[0], ((Number) row[1]).longValue()));
                Map<String, String> warnings = new HashMap<>();
                Set<String> eligible = new LinkedHashSet<>();
                Map<String, Object[]> exclusionByKey = excluded.stream().collect(Collectors.toMap(row -> (String) row[0], row -> row));
                for (String key : keys) {
                    Object[] exclusion = exclusionByKey.get(key);
                    long n = mentioned.getOrDefault(key, 0L);
                    if (n == 0 || n > CUT_OFF || exclusion != null && "NEVER".equals(exclusion[1])) {
                        continue;
                    }
                    if (exclusion != null) {
                        warnings.put(key, "listed by supervisors: " + exclusion[2]);
                    }
                    eligible.add(key);
                }
                if (eligible.isEmpty()) {
                    return Uni.createFrom().item(0);
                }
                return index.mentions(eligible, r.id).flatMap(others -> raise(r, own, others, warnings, now));
            }));
        });
    }

    private Uni<Integer> raise(IntelReport r, List<ReportEntity> own, List<Mention> others, Map<String, String> warnings, Instant now) {
        Map<String, List<ReportEntity>> ownByKey = own.stream().collect(Collectors.groupingBy(e -> e.matchKey));
        Uni<Integer> raised = Uni.createFrom().item(0);
        // the partners told, once per report, partner and entity type
        Set<String> told = new LinkedHashSet<>();
        for (Mention other : others) {
            for (ReportEntity mine : ownByKey.getOrDefault(other.matchKey(), List.of())) {
                UUID hitId = UUID.randomUUID();
                raised = raised.flatMap(count -> index.recordHit(hitId, mine.matchKey, mine.type.name(), mine, other,
                        warnings.get(mine.matchKey), now).map(isNew -> count + (isNew ? 1 : 0)));
                if (!other.agency().equals(r.originatorAgency) && told.add(other.agency() + "|" + mine.type)) {
                    raised = raised.call(() -> tell(other.agency(), r.originatorAgency, mine.type.name(), other.reportId(), now));
                }
            }
        }
        return raised;
    }

    /** The holder of the other record hears that a partner matched it: the partner and the entity type, nothing of the partner's report. */
    private Uni<Void> tell(String holder, String partner, String type, UUID holdersReport, Instant at) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", MATCHED);
        payload.put("partner", partner);
        payload.put("entityType", type);
        payload.put("yourReport", holdersReport);
        payload.put("at", at.toString());
        try {
            return feed.append(holder, MATCHED, null, at, json.writeValueAsString(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a correlation event always serialises", e);
        }
    }

    /** A report's entities, as named and as matched (the caller must see the report). */
    @WithSession
    public Uni<List<EntityView>> entities(Caller caller, ReportKind kind, UUID reportId) {
        return access.readable(caller, kind, reportId).flatMap(r -> index.entitiesOf(r.id)
                .call(found -> access.readAbout(caller, r, "entities", r.id))
                .map(found -> found.stream().map(e -> new EntityView(e.id, e.type, e.value, e.country, EntityKeys.shown(e.matchKey))).toList()));
    }

    /**
     * The hits of a report the caller may see. A hit with a report the caller may see too links it;
     * one with a report it may not see says only which agency holds a match and how to ask for it.
     */
    @WithSession
    public Uni<List<HitView>> hits(Caller caller, ReportKind kind, UUID reportId) {
        return access.readable(caller, kind, reportId).flatMap(r -> index.hitsOf(r.id, 200).flatMap(rows -> reports
                .visibleAmong(caller, Today.utc(), rows.stream().map(HitRow::otherReport).collect(Collectors.toSet()))
                .call(visible -> audited(caller, r, rows))
                .map(visible -> {
                    Map<UUID, IntelReport> seen = visible.stream().collect(Collectors.toMap(v -> v.id, Function.identity()));
                    return rows.stream().map(row -> view(row, seen.get(row.otherReport()))).toList();
                })));
    }

    private static HitView view(HitRow row, IntelReport other) {
        String value = EntityKeys.shown(row.matchKey());
        org.mekong.jtf.intel.domain.EntityType type = org.mekong.jtf.intel.domain.EntityType.valueOf(row.type());
        if (other != null) {
            return new HitView(row.id(), "LINKED", type, row.ownEntity(), "same " + describe(type) + " " + value,
                    new MatchedReport(other.id, other.reference, other.title, other.originatorAgency), null, null, row.warning(),
                    row.createdAt());
        }
        return new HitView(row.id(), "HELD_ELSEWHERE", type, row.ownEntity(), "your " + describe(type) + " " + value
                + " matches a record held by " + row.otherAgency(), null, row.otherAgency(),
                "Ask " + row.otherAgency() + " through your liaison channel, quoting hit " + row.id(), row.warning(), row.createdAt());
    }

    private static String describe(org.mekong.jtf.intel.domain.EntityType type) {
        return switch (type) {
            case PHONE -> "E.164 number";
            case VEHICLE_PLATE -> "plate";
            case VIN -> "VIN";
            case VESSEL_REGISTRATION -> "vessel registration";
            case IDENTITY_DOCUMENT -> "document number";
            case BANK_ACCOUNT -> "account number";
            case TABLET_LOGO -> "tablet logo";
        };
    }

    /** Each hit read is filed with the report's originator; the list itself too, so an empty one leaves a trace. */
    private Uni<Void> audited(Caller caller, IntelReport r, List<HitRow> rows) {
        List<Touched> touched = new ArrayList<>();
        touched.add(new Touched(HIT + "-list", r.id.toString(), r.originatorAgency));
        rows.forEach(row -> touched.add(new Touched(HIT, row.id().toString(), r.originatorAgency)));
        return audit.readAll(caller, touched);
    }

    /** A supervisor lists a value that must never correlate, or correlate with a warning. */
    @WithTransaction
    public Uni<ExclusionView> exclude(Caller caller, ExclusionCreate request) {
        String key = EntityKeys.of(request.type(), request.value(), request.country(), caller.country(), "value");
        return index.exclude(key, request.type().name(), request.mode(), request.reason().strip(), caller.officerId(), caller.agency(),
                        TrackedRecord.now())
                .call(() -> audit.record(caller, "correlation-exclusion-set", "correlation-exclusion", key, caller.agency()))
                .map(done -> new ExclusionView(EntityKeys.shown(key), request.type(), request.mode(), request.reason().strip()));
    }
}
