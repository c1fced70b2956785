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
    private final CaseMapper mapper;

    public ExtraditionService(ExtraditionRepository extraditions, org.mekong.jtf.cases.repository.ExtraditionBasisRepository bases,
                              SubjectRepository subjects, CaseAccess access, CaseMapper mapper) {
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
        if (request.legalBasis() == LegalBasis.BILATERAL_AGREEMENT && (request.agreement() == null || request.agreement().isBlank())) {
            throw ProblemException.badRequest("agreement", "name the bilateral agreement the request rests on");
        }
        Uni<org.mekong.jtf.cases.domain.ExtraditionBasis> basis = request.basis() == null || request.basis().isBlank()
                ? Uni.createFrom().nullItem()
                : bases.findById(request.basis().strip()).onItem().ifNull().failWith(() -> ProblemException.badRequest("basis",
                        "no legal basis " + request.basis().strip() + "; GET /api/extraditions/bases lists them"));
        return basis.flatMap(chosen -> access.writable(caller, caseId).flatMap(c -> subjects.findInCase(c.id, request.subjectId())
                .onItem().ifNull().failWith(() -> ProblemException.badRequest("subjectId", "no such subject in case " + c.reference))
                .flatMap(subject -> {
                    Extradition e = mapper.toEntity(request);
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
                            e.requestingCountry + " requests " + subject.fullName + " from " + e.requestedCountry, EXTRADITION, e.id));
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
                    if (!e.status.canBecome(request.status())) {
                        throw ProblemException.conflict("a " + e.status + " extradition cannot become " + request.status());
                    }
                    LocalDate previousStep = latestDate(e);
                    if (request.on().isBefore(previousStep)) {
                        throw ProblemException.badRequest("on", "cannot precede the previous step on " + previousStep);
                    }
                    if (request.status() == ExtraditionStatus.REFUSED && request.refusalGround() == null) {
                        throw ProblemException.badRequest("refusalGround", "a refusal carries its ground");
                    }
                    if (request.status() == ExtraditionStatus.SURRENDERED && (request.handoverPlace() == null || request.handoverPlace().isBlank())) {
                        throw ProblemException.badRequest("handoverPlace", "a surrender records where the person was handed over");
                    }
                    ExtraditionStatus from = e.status;
                    e.status = request.status();
                    switch (e.status) {
                        case PROVISIONAL_ARREST -> e.provisionalArrestOn = request.on();
                        case FORMAL_REQUEST -> e.formalRequestOn = request.on();
                        case APPROVED -> e.decidedOn = request.on();
                        case REFUSED -> {
                            e.decidedOn = request.on();
                            e.refusalGround = request.refusalGround();
                        }
                        case SURRENDERED -> {
                            e.surrenderedOn = request.on();
                            e.handoverPlace = request.handoverPlace().strip();
                            if (request.escortingAgencies() != null) {
                                e.escortingAgencies.clear();
                                e.escortingAgencies.addAll(request.escortingAgencies());
                            }
                        }
                        default -> throw new IllegalStateException("unreachable: " + from + " → " + e.status);
                    }
                    if (request.notes() != null) {
                        e.notes = request.notes();
                    }
                    e.updated(caller);
                })
                .call(e -> e.status != ExtraditionStatus.SURRENDERED ? Uni.createFrom().voidItem()
                        : subjects.findInCase(c.id, e.subjectId).call(s -> {
                            s.status = SubjectStatus.EXTRADITED;
                            s.updated(caller);
                            return access.changed(caller, c, "SUBJECT_STATUS_CHANGED", s.fullName + " now EXTRADITED",
                                    SubjectService.SUBJECT, s.id);
                        }))
                .call(e -> access.changed(caller, c, "EXTRADITION_STATUS_CHANGED", "extradition now " + e.status + " on " + request.on(),
                        EXTRADITION, e.id))
                .call(e -> extraditions.flush()))
                .map(mapper::toView);
    }
}
