package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditEntryRepository;
import org.mekong.jtf.common.audit.AuditEntryView;
import org.mekong.jtf.common.audit.AuditTrail;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.ids.RandomReferences;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.Grading;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.NamedOfficer;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.Tlp;
import org.mekong.jtf.intel.mapping.IntelMapper;
import org.mekong.jtf.intel.repository.ReportEventRepository;
import org.mekong.jtf.intel.repository.ReportRepository;
import org.mekong.jtf.intel.rest.dto.ReportDtos.EventView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportCreate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportTransition;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportUpdate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareRequest;

import java.util.List;
import java.util.UUID;

/** Reports and early-warning notes: writing, editing drafts, the lifecycle, reading, history and read receipts. */
@ApplicationScoped
@RunsToCompletion
public class ReportService {

    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final ReportAccess access;
    private final ReportViews views;
    private final DistributionService distribution;
    private final AuditTrail trail;
    private final IntelMapper mapper;
    private final Correlation correlation;

    public ReportService(ReportRepository reports, ReportEventRepository events, ReportAccess access, ReportViews views,
                         DistributionService distribution, AuditTrail trail, IntelMapper mapper, Correlation correlation) {
        this.correlation = correlation;
        this.reports = reports;
        this.events = events;
        this.access = access;
        this.views = views;
        this.distribution = distribution;
        this.trail = trail;
        this.mapper = mapper;
    }

    /** A new draft of the caller's agency, with the distribution it will have once published. */
    @WithTransaction
    @IdempotentCreate("intel-record")
    public Uni<ReportView> write(Caller caller, ReportKind kind, ReportCreate request) {
        Grading grading = Grading.of(request.gradingScale(), request.sourceReliability(), request.informationCredibility());
        IntelReport r = mapper.toEntity(request);
        r.created(caller);
        r.kind = kind;
        r.reference = RandomReferences.next(kind.referencePrefix, r.createdAt.atZone(java.time.ZoneOffset.UTC).getYear());
        r.originatorAgency = caller.agency();
        r.originatorCountry = caller.country();
        r.status = ReportStatus.DRAFT;
        r.grade(grading);
        applyEarlyWarningPart(r, request.earlyWarning());
        requireConsistent(caller, r);
        List<ShareRequest> distributed = request.distribution() == null ? List.of() : request.distribution();
        return reports.persist(r)
                .call(saved -> access.changed(caller, r, "WRITTEN", kind == ReportKind.REPORT ? "report written as a draft"
                        : "early-warning note written as a draft", null, kind.objectType, r.id))
                .call(saved -> shareAll(caller, r, distributed, 0))
                .call(saved -> reports.flush())
                .call(saved -> request.entities() == null ? Uni.createFrom().voidItem() : correlation.name(caller, r, request.entities()))
                .flatMap(saved -> views.of(caller, r));
    }

    private Uni<Void> shareAll(Caller caller, IntelReport r, List<ShareRequest> requests, int from) {
        if (from == requests.size()) {
            return Uni.createFrom().voidItem();
        }
        return distribution.shareAsOriginator(caller, r, requests.get(from), "distribution[" + from + "].")
                .flatMap(done -> shareAll(caller, r, requests, from + 1));
    }

    private void applyEarlyWarningPart(IntelReport r, org.mekong.jtf.intel.rest.dto.ReportDtos.EarlyWarningDto part) {
        if (r.kind == ReportKind.EARLY_WARNING && part != null) {
            mapper.applyEarlyWarning(part, r);
        } else if (r.kind == ReportKind.EARLY_WARNING && r.ewSubstanceName == null) {
            throw ProblemException.badRequest("earlyWarning", "an early-warning note describes the substance or marking: it is required");
        } else if (r.kind == ReportKind.REPORT && part != null) {
            throw ProblemException.badRequest("earlyWarning", "only early-warning notes (/api/early-warnings) have this part");
        }
    }

    /** The rules that tie a report's fields together, checked after every create and edit. */
    private static void requireConsistent(Caller caller, IntelReport r) {
        if (r.handling == HandlingCode.H3 && (r.handlingConditions == null || r.handlingConditions.isBlank())) {
            throw ProblemException.badRequest("handlingConditions", "H3 material states its restrictions here");
        }
        if (r.handling != HandlingCode.H3 && r.handlingConditions != null) {
            throw ProblemException.badRequest("handlingConditions", "only H3 material carries conditions; this report is " + r.handling);
        }
        if (r.tlp != Tlp.RED && !r.namedOfficers.isEmpty()) {
            throw ProblemException.badRequest("namedOfficers", "officers are named only on TLP:RED reports");
        }
        for (NamedOfficer n : r.namedOfficers) {
            if (!n.agency.equals(caller.agency())) {
                throw ProblemException.badRequest("namedOfficers", "name here your own agency's officers; those of " + n.agency
                        + " go with its share in the distribution");
            }
        }
        if (r.validUntil != null && r.validUntil.isBefore(Today.utc())) {
            throw ProblemException.badRequest("validUntil", "must not be in the past");
        }
    }

    @WithSession
    public Uni<ReportView> read(Caller caller, ReportKind kind, UUID id) {
        return access.readable(caller, kind, id).call(r -> access.read(caller, "read", List.of(r))).flatMap(r -> views.of(caller, r));
    }

    @WithSession
    public Uni<Page<ReportView>> search(Caller caller, ReportRepository.Filter filter, int page, int size) {
        var today = Today.utc();
        return reports.search(caller, today, filter, page, size).call(found -> reports.loadDetails(found, false))
                .flatMap(found -> reports.countMatching(caller, today, filter)
                .call(total -> access.read(caller, "read", found))
                .flatMap(total -> views.of(caller, found).map(items -> new Page<>(items, page, size, total))));
    }

    /** Edits a draft (the originating agency; If-Match). A published report is withdrawn and written anew instead. */
    @WithTransaction
    public Uni<ReportView> edit(Caller caller, ReportKind kind, UUID id, String ifMatch, ReportUpdate request) {
        return access.readable(caller, kind, id).call(r -> reports.loadDetails(List.of(r), true)).invoke(r -> {
            access.requireOriginator(caller, r, "edit it");
            Versions.requireMatch(ifMatch, r.version);
            if (r.status != ReportStatus.DRAFT) {
                throw ProblemException.conflict("a " + r.status + " report is not edited: withdraw it and write a new one");
            }
            if (request.title() != null && request.title().isBlank()) {
                throw ProblemException.badRequest("title", "must not be blank");
            }
            mapper.update(request, r);
            if (request.namedOfficers() != null) {
                r.namedOfficers.removeIf(n -> n.agency.equals(caller.agency()));
                request.namedOfficers().forEach(n -> r.namedOfficers.add(mapper.toNamedOfficer(n)));
            }
            if (request.sourceReliability() != null || request.informationCredibility() != null || request.gradingScale() != null) {
                r.grade(Grading.of(request.gradingScale(), request.sourceReliability(), request.informationCredibility()));
            }
            applyEarlyWarningPart(r, request.earlyWarning());
            requireConsistent(caller, r);
            r.updated(caller);
        }).call(r -> access.changed(caller, r, "EDITED", "draft edited", null, kind.objectType, r.id))
                .call(r -> reports.flush())
                .call(r -> request.entities() == null ? Uni.createFrom().voidItem() : correlation.name(caller, r, request.entities()))
                .flatMap(r -> views.of(caller, r));
    }

    /** Publishes or withdraws (the originating agency; If-Match); other moves are 409. */
    @WithTransaction
    public Uni<ReportView> transition(Caller caller, ReportKind kind, UUID id, String ifMatch, ReportTransition request) {
        return access.visible(caller, kind, id).invoke(r -> {
            access.requireOriginator(caller, r, "publish or withdraw it");
            Versions.requireMatch(ifMatch, r.version);
            if (!r.status.canBecome(request.status())) {
                throw ProblemException.conflict("a " + r.status + " report cannot become " + request.status());
            }
            r.status = request.status();
            if (r.status == ReportStatus.PUBLISHED) {
                r.publishedAt = TrackedRecord.now();
            } else {
                r.withdrawnAt = TrackedRecord.now();
                r.withdrawnBy = caller.officerId();
                r.withdrawnByAgency = caller.agency();
                r.withdrawalReason = request.reason();
            }
            r.updated(caller);
        }).call(r -> access.changed(caller, r, r.status.name(), r.status == ReportStatus.PUBLISHED ? "published"
                        : "withdrawn" + (request.reason() == null ? "" : ": " + request.reason()), null, kind.objectType, r.id))
                .call(r -> reports.flush())
                .call(r -> r.status == ReportStatus.PUBLISHED ? correlation.published(r) : Uni.createFrom().voidItem())
                .flatMap(r -> views.of(caller, r));
    }

    /** The report's history: all of it for the originator, what concerns its own access for a recipient. */
    @WithSession
    public Uni<Page<EventView>> history(Caller caller, ReportKind kind, UUID id, int page, int size) {
        return access.readable(caller, kind, id).call(r -> access.readAbout(caller, r, "history", r.id)).flatMap(r -> {
            String agency = ReportAccess.isOriginator(caller, r) ? null : caller.agency();
            return events.page(r.id, agency, page, size).flatMap(items -> events.countFor(r.id, agency)
                    .map(total -> new Page<>(items.stream().map(mapper::toView).toList(), page, size, total)));
        });
    }

    /** Read receipts: every read (and export) of the report by another agency, from the audit log; for the originator. */
    @WithSession
    public Uni<Page<AuditEntryView>> reads(Caller caller, ReportKind kind, UUID id, int page, int size) {
        return access.visible(caller, kind, id).flatMap(r -> {
            access.requireOriginator(caller, r, "see who read it");
            var filter = new AuditEntryRepository.Filter(kind.objectType, r.id.toString(), null, null, null, null);
            return trail.partnerReads(r.originatorAgency, filter, page, size);
        });
    }

    /** Several reports as the caller may see them (the STIX export's input), audited as exports. */
    @WithSession
    public Uni<List<IntelReport>> forExport(Caller caller, ReportKind kind, UUID id) {
        return access.readable(caller, kind, id).map(List::of).call(found -> access.read(caller, "export", found));
    }

    @WithSession
    public Uni<List<IntelReport>> forExport(Caller caller, ReportRepository.Filter filter, int page, int size) {
        return reports.search(caller, Today.utc(), filter, page, size).call(found -> reports.loadDetails(found, false))
                .call(found -> access.read(caller, "export", found));
    }
}
