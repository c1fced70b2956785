package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.InternationalRequest;
import org.mekong.jtf.cases.domain.InternationalRequestKind;
import org.mekong.jtf.cases.domain.InternationalRequestStatus;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.domain.SubjectStatus;
import org.mekong.jtf.cases.domain.Warrant;
import org.mekong.jtf.cases.domain.WarrantStatus;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.mapping.Names;
import org.mekong.jtf.cases.repository.InternationalRequestRepository;
import org.mekong.jtf.cases.repository.WarrantRepository;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestTransition;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantTransition;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantView;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Warrants that make a person of a case wanted, and the international requests made on them. A
 * warrant puts the person on the wanted list (its keys are rewritten whenever the person changes)
 * until it is executed by a surrender or handover, or withdrawn.
 */
@ApplicationScoped
@RunsToCompletion
public class WarrantService implements CaseRecordReads<WarrantView> {

    static final String WARRANT = "warrant";
    static final String INTERNATIONAL_REQUEST = "international-request";

    private final WarrantRepository warrants;
    private final InternationalRequestRepository requests;
    private final CaseAccess access;
    private final CaseMapper mapper;

    public WarrantService(WarrantRepository warrants, InternationalRequestRepository requests, CaseAccess access, CaseMapper mapper) {
        this.warrants = warrants;
        this.requests = requests;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(WARRANT)
    public Uni<WarrantView> issue(Caller caller, UUID caseId, WarrantCreate request) {
        List<InternationalRequestCreate> asked = request.requests() == null ? List.of() : request.requests();
        for (int i = 0; i < asked.size(); i++) {
            check(asked.get(i), "requests[" + i + "].");
        }
        return access.writable(caller, caseId).flatMap(c -> access.subjectOf(c, request.subjectId()).flatMap(subject -> {
            Warrant w = mapper.toEntity(request);
            w.created(caller);
            w.caseId = c.id;
            w.issuingCountry = request.issuingCountry() != null ? request.issuingCountry() : caller.country();
            w.status = WarrantStatus.ACTIVE;
            List<InternationalRequest> made = asked.stream().map(r -> newRequest(caller, w, r)).toList();
            boolean nowWanted = subject.status == SubjectStatus.AT_LARGE;
            if (nowWanted) {
                subject.status = SubjectStatus.WANTED;
                subject.updated(caller);
            }
            return warrants.persist(w)
                    .call(saved -> made.isEmpty() ? Uni.createFrom().voidItem() : requests.persist(made))
                    .call(saved -> warrants.flush())
                    .call(saved -> writeKeys(w, subject))
                    .call(saved -> access.changed(caller, c, "WARRANT_ISSUED", subject.fullName + " wanted by " + w.issuingCountry
                            + " (" + w.issuingAuthority + ", " + w.reference + ") for " + w.offence, WARRANT, w.id))
                    .call(saved -> !nowWanted ? Uni.createFrom().voidItem()
                            : access.changed(caller, c, "SUBJECT_STATUS_CHANGED", subject.fullName + " now WANTED", SubjectService.SUBJECT, subject.id))
                    .map(saved -> view(w, made));
        }));
    }

    @WithSession
    @Override
    public Uni<Page<WarrantView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, warrants, WARRANT, w -> w.id, page, size)
                .flatMap(found -> requests.ofWarrants(found.items().stream().map(w -> w.id).toList())
                        .map(all -> views(found, all)));
    }

    @WithSession
    @Override
    public Uni<WarrantView> get(Caller caller, UUID caseId, UUID id) {
        return access.readOne(caller, caseId, id, warrants, WARRANT)
                .flatMap(w -> requests.ofWarrants(List.of(w.id)).map(made -> view(w, made)));
    }

    @WithTransaction
    public Uni<WarrantView> transition(Caller caller, UUID caseId, UUID id, String ifMatch, WarrantTransition request) {
        return access.writable(caller, caseId).flatMap(c -> warrants.findInCase(c.id, id)
                .onItem().ifNull().failWith(() -> Visibility.missing(WARRANT, id))
                .invoke(w -> {
                    Versions.requireMatch(ifMatch, w.version);
                    if (!w.status.canBecome(request.status())) {
                        throw ProblemException.conflict("a " + w.status + " warrant cannot become " + request.status());
                    }
                    w.status = request.status();
                    w.updated(caller);
                })
                .call(w -> access.changed(caller, c, "WARRANT_" + w.status, "warrant " + w.reference + " now " + w.status
                        + (request.reason() == null ? "" : ": " + request.reason()), WARRANT, w.id))
                .call(w -> warrants.flush())
                .flatMap(w -> requests.ofWarrants(List.of(w.id)).map(made -> view(w, made))));
    }

    @WithTransaction
    @IdempotentCreate(INTERNATIONAL_REQUEST)
    public Uni<InternationalRequestView> ask(Caller caller, UUID caseId, UUID warrantId, InternationalRequestCreate request) {
        check(request, "");
        return access.writable(caller, caseId).flatMap(c -> warrants.findInCase(c.id, warrantId)
                .onItem().ifNull().failWith(() -> Visibility.missing(WARRANT, warrantId))
                .flatMap(w -> {
                    if (w.status != WarrantStatus.ACTIVE) {
                        throw ProblemException.conflict("warrant " + w.reference + " is " + w.status + " and takes no new requests");
                    }
                    InternationalRequest made = newRequest(caller, w, request);
                    return requests.persist(made).call(saved -> access.changed(caller, c, "INTERNATIONAL_REQUEST_MADE",
                            describe(made) + " on warrant " + w.reference, INTERNATIONAL_REQUEST, made.id));
                }))
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<InternationalRequestView> progress(Caller caller, UUID caseId, UUID warrantId, UUID id, String ifMatch,
                                                  InternationalRequestTransition request) {
        return access.writable(caller, caseId).flatMap(c -> warrants.findInCase(c.id, warrantId)
                .onItem().ifNull().failWith(() -> Visibility.missing(WARRANT, warrantId))
                .flatMap(w -> requests.findOfWarrant(w.id, id))
                .onItem().ifNull().failWith(() -> Visibility.missing(INTERNATIONAL_REQUEST, id))
                .invoke(r -> {
                    Versions.requireMatch(ifMatch, r.version);
                    if (!r.status.canBecome(request.status())) {
                        throw ProblemException.conflict("a " + r.status + " " + r.kind + " cannot become " + request.status());
                    }
                    if (request.on().isBefore(r.statusOn)) {
                        throw ProblemException.badRequest("on", "cannot precede the previous step on " + r.statusOn);
                    }
                    r.status = request.status();
                    r.statusOn = request.on();
                    if (request.reference() != null && !request.reference().isBlank()) {
                        r.reference = request.reference().strip();
                    }
                    if (request.notes() != null) {
                        r.notes = request.notes();
                    }
                    r.updated(caller);
                })
                .call(r -> access.changed(caller, c, "INTERNATIONAL_REQUEST_" + r.status, describe(r) + " now " + r.status
                        + " on " + r.statusOn, INTERNATIONAL_REQUEST, r.id))
                .call(r -> requests.flush()))
                .map(mapper::toView);
    }

    /**
     * The person was surrendered or handed over: their active warrants in the case are executed and
     * leave the wanted list.
     */
    Uni<Void> executeAll(Caller caller, JointCase c, Subject subject) {
        return warrants.activeOfSubject(subject.id).flatMap(active -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Warrant w : active) {
                w.status = WarrantStatus.EXECUTED;
                w.updated(caller);
                done = done.call(() -> access.changed(caller, c, "WARRANT_EXECUTED", "warrant " + w.reference + " executed: "
                        + subject.fullName + " " + subject.status, WARRANT, w.id));
            }
            return done;
        });
    }

    /** The person changed (names, aliases, documents): the wanted list finds them by what they are now. */
    Uni<Void> personChanged(Subject subject) {
        return warrants.activeOfSubject(subject.id).flatMap(active -> {
            Uni<Void> done = Uni.createFrom().voidItem();
            for (Warrant w : active) {
                done = done.call(() -> writeKeys(w, subject));
            }
            return done;
        });
    }

    private Uni<Void> writeKeys(Warrant w, Subject subject) {
        List<String> names = Stream.concat(Stream.of(subject.fullName), subject.aliases.stream()).map(WantedService::nameKey).toList();
        List<String> documents = subject.identityDocuments.stream().map(d -> Names.numberKey(d.number)).toList();
        return warrants.replaceKeys(w.id, names, documents);
    }

    private static void check(InternationalRequestCreate request, String path) {
        if (request.kind() == InternationalRequestKind.BILATERAL_REQUEST && request.addressedTo() == null) {
            throw ProblemException.badRequest(path + "addressedTo", "a bilateral request names the country it is addressed to");
        }
        if (request.kind() != InternationalRequestKind.BILATERAL_REQUEST && request.addressedTo() != null) {
            throw ProblemException.badRequest(path + "addressedTo", "a " + request.kind() + " goes through INTERPOL to every member country");
        }
    }

    private InternationalRequest newRequest(Caller caller, Warrant w, InternationalRequestCreate request) {
        InternationalRequest r = mapper.toEntity(request);
        r.created(caller);
        r.caseId = w.caseId;
        r.warrantId = w.id;
        r.status = InternationalRequestStatus.REQUESTED;
        r.statusOn = r.requestedOn;
        return r;
    }

    private static String describe(InternationalRequest r) {
        return r.kind + (r.addressedTo == null ? "" : " to " + r.addressedTo) + (r.reference == null ? "" : " " + r.reference);
    }

    WarrantView view(Warrant w, Collection<InternationalRequest> made) {
        return mapper.toView(w, made.stream().map(mapper::toView).toList());
    }

    private Page<WarrantView> views(Page<Warrant> found, List<InternationalRequest> all) {
        Map<UUID, List<InternationalRequest>> byWarrant = all.stream()
                .collect(Collectors.groupingBy(r -> r.warrantId, Collectors.toCollection(ArrayList::new)));
        return found.map(w -> view(w, byWarrant.getOrDefault(w.id, List.of())));
    }
}
