package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.Extradition;
import org.mekong.jtf.cases.domain.ExtraditionStatus;
import org.mekong.jtf.cases.domain.LegalBasis;
import org.mekong.jtf.cases.domain.SubjectStatus;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.TransferKind;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.ExtraditionRepository;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionTransition;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionView;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.time.LocalDate;
import java.util.stream.Stream;
import java.util.List;
import java.util.UUID;

/** Extradition and fugitive-transfer requests and their progress. */
@ApplicationScoped
@RunsToCompletion
public class ExtraditionService implements CaseRecordReads<ExtraditionView> {

    static final String EXTRADITION = "extradition";

    private final ExtraditionRepository extraditions;
    private final org.mekong.jtf.cases.repository.ExtraditionBasisRepository bases;
    private final SubjectRepository subjects;
    private final CaseAccess access;
    private final WarrantService warrants;
    private final CaseMapper mapper;

    public ExtraditionService(ExtraditionRepository extraditions, org.mekong.jtf.cases.repository.ExtraditionBasisRepository bases,
                              SubjectRepository subjects, CaseAccess access, WarrantService warrants, CaseMapper mapper) {
        this.warrants = warrants;
        this.extraditions = extraditions;
        this.bases = bases;
        this.subjects = subjects;
        this.access = access;
        this.mapper = mapper;
    }

    /** The legal bases with their default deadlines. */
    @WithSession
    public Uni<java.util.List<org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionBasisView>> bases() {
        return bases.listAll(io.quarkus.panache.common.Sort.by("code")).map(all -> all.stream().map(mapper::toView).toList());
    }

    /** Overdue requests of the cases the caller's agency takes part in (each read is audited). */
    @WithSession
    public Uni<java.util.List<ExtraditionView>> overdue(Caller caller) {
        return extraditions.overdueVisibleTo(caller.agency(), 200)
                .call(rows -> access.readAcrossCases(caller, rows.stream().map(row -> new org.mekong.jtf.common.audit.AuditLog.Touched(
                        EXTRADITION, ((Extradition) row[0]).id.toString(), (String) row[1])).toList()))
                .map(rows -> rows.stream().map(row -> mapper.toView((Extradition) row[0])).toList());
    }

    @WithTransaction
    @IdempotentCreate(EXTRADITION)
    public Uni<ExtraditionView> request(Caller caller, UUID caseId, ExtraditionCreate request) {
        if (request.requestingCountry().equals(request.requestedCountry())) {
            throw ProblemException.badRequest("requestedCountry", "must differ from the requesting country");
        }
        boolean extradition = request.kind() == null || request.kind() == TransferKind.EXTRADITION;
        if (!extradition && (request.basis() != null || request.formalRequestDays() != null || request.surrenderDays() != null)) {
            throw ProblemException.badRequest(request.basis() != null ? "basis" : request.formalRequestDays() != null ? "formalRequestDays" : "surrenderDays",
                    "the treaty deadlines apply to extraditions only, not to a " + request.kind());
        }
        if (request.legalBasis() == LegalBasis.BILATERAL_AGREEMENT && (request.agreement() == null || request.agreement().isBlank())) {
            throw ProblemException.badRequest("agreement", "name the bilateral agreement the request rests on");
        }
        Uni<org.mekong.jtf.cases.domain.ExtraditionBasis> basis = request.basis() == null || request.basis().isBlank()
                ? Uni.createFrom().nullItem()
                : bases.findById(request.basis().strip()).onItem().ifNull().failWith(() -> ProblemException.badRequest("basis",
                        "no legal basis " + request.basis().strip() + "; GET /api/extraditions/bases lists them"));
        return basis.flatMap(chosen -> access.writable(caller, caseId).flatMap(c -> access.subjectOf(c, request.subjectId())
                .flatMap(subject -> {
                    Extradition e = mapper.toEntity(request);
                    if (e.kind == null) {
                        e.kind = TransferKind.EXTRADITION;
                    }
                    // the basis's deadlines are copied, so that correcting a seed later does not move running clocks
                    if (chosen != null) {
                        e.basisCode = chosen.code;
                        e.formalRequestDays = request.formalRequestDays() != null ? request.formalRequestDays() : chosen.formalRequestDays;
                        e.surrenderDays = request.surrenderDays() != null ? request.surrenderDays() : chosen.surrenderDays;
                    }
                    e.created(caller);
                    e.caseId = c.id;
                    e.status = ExtraditionStatus.REQUESTED;
                    return extraditions.persist(e).call(saved -> access.changed(caller, c, "EXTRADITION_REQUESTED",
                            e.requestingCountry + " requests " + subject.fullName + " from " + e.requestedCountry
                                    + (e.kind == TransferKind.EXTRADITION ? "" : " (" + e.kind + ")"), EXTRADITION, e.id));
                }))).map(mapper::toView);
    }

    /** The date of the latest step taken so far. */
    private static LocalDate latestDate(Extradition e) {
        return Stream.of(e.requestedOn, e.provisionalArrestOn, e.formalRequestOn, e.decidedOn, e.surrenderedOn)
                .filter(java.util.Objects::nonNull).max(LocalDate::compareTo).orElse(e.requestedOn);
    }

    @WithSession
    public Uni<Page<ExtraditionView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, extraditions, EXTRADITION, e -> e.id, page, size).map(found -> found.map(mapper::toView));
    }

    @WithSession
    @Override
    public Uni<ExtraditionView> get(Caller caller, UUID caseId, UUID id) {
        return access.readOne(caller, caseId, id, extraditions, EXTRADITION).map(mapper::toView);
    }

    @WithTransaction
    public Uni<ExtraditionView> transition(Caller caller, UUID caseId, UUID id, String ifMatch, ExtraditionTransition request) {
        return access.writable(caller, caseId).flatMap(c -> extraditions.findInCase(c.id, id)
                .onItem().ifNull().failWith(() -> Visibility.missing("extradition", id))
                .invoke(e -> {
                    Versions.requireMatch(ifMatch, e.version);
                    take(e, request);
                    e.updated(caller);
                })
                .call(e -> subjects.findInCase(c.id, e.subjectId).call(s -> personFollows(caller, c, e, s)))
                .call(e -> access.changed(caller, c, "EXTRADITION_STATUS_CHANGED", e.kind + " now " + e.status + " on " + request.on(),
                        EXTRADITION, e.id))
                .call(e -> extraditions.flush()))
                .map(mapper::toView);
    }

    /** The next step of the request, if its kind allows it, with what that step must record. */
    private static void take(Extradition e, ExtraditionTransition request) {
        ExtraditionStatus next = request.status();
        if (!e.kind.allows(e.status, next)) {
            throw ProblemException.conflict("a " + e.kind + " that is " + e.status + " cannot become " + next);
        }
        LocalDate previousStep = latestDate(e);
        if (request.on().isBefore(previousStep)) {
            throw ProblemException.badRequest("on", "cannot precede the previous step on " + previousStep);
        }
        if (next == ExtraditionStatus.REFUSED && request.refusalGround() == null) {
            throw ProblemException.badRequest("refusalGround", "a refusal carries its ground");
        }
        if (next.handsOver() && (request.handoverPlace() == null || request.handoverPlace().isBlank())) {
            throw ProblemException.badRequest("handoverPlace", "a handover records where the person was handed over");
        }
        e.status = next;
        if (next.holdsThePerson()) {
            e.provisionalArrestOn = request.on();
        } else if (next == ExtraditionStatus.FORMAL_REQUEST) {
            e.formalRequestOn = request.on();
        } else if (next.decides()) {
            e.decidedOn = request.on();
            e.refusalGround = next == ExtraditionStatus.REFUSED ? request.refusalGround() : null;
        } else if (next.handsOver()) {
            e.surrenderedOn = request.on();
            e.handoverPlace = request.handoverPlace().strip();
            if (request.escortingAgencies() != null) {
                e.escortingAgencies.clear();
                e.escortingAgencies.addAll(request.escortingAgencies());
            }
        } else {
            throw new IllegalStateException("no step records " + next);
        }
        if (request.notes() != null) {
            e.notes = request.notes();
        }
    }

    /**
     * The person's status follows the request: held (provisional arrest, detention) makes them
     * ARRESTED; handed over makes them EXTRADITED or TRANSFERRED and executes their warrants in the case.
     */
    private Uni<Void> personFollows(Caller caller, JointCase c, Extradition e, Subject s) {
        SubjectStatus next;
        if (e.status.holdsThePerson() && s.status.isAtLarge()) {
            next = SubjectStatus.ARRESTED;
        } else if (e.status.handsOver()) {
            next = e.kind == TransferKind.EXTRADITION ? SubjectStatus.EXTRADITED : SubjectStatus.TRANSFERRED;
        } else {
            return Uni.createFrom().voidItem();
        }
        s.status = next;
        s.updated(caller);
        return access.changed(caller, c, "SUBJECT_STATUS_CHANGED", s.fullName + " now " + next, SubjectService.SUBJECT, s.id)
                .call(() -> next == SubjectStatus.ARRESTED ? Uni.createFrom().voidItem() : warrants.executeAll(caller, c, s));
    }
}
