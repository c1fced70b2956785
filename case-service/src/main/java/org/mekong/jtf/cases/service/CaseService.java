package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.ids.RandomReferences;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.CaseStatus;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.AgencyRepository;
import org.mekong.jtf.cases.repository.CaseEventRepository;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseCreate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseTransition;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseUpdate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.EventView;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Joint cases: opening, editing, lifecycle, participants and the timeline. */
@ApplicationScoped
@RunsToCompletion
public class CaseService {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final AgencyRepository agencies;
    private final CaseAccess access;
    private final AuditLog audit;
    private final CaseMapper mapper;
    private final CorrelationFeed feed;

    public CaseService(CaseRepository cases, CaseEventRepository events, AgencyRepository agencies, CaseAccess access,
                       AuditLog audit, CaseMapper mapper, CorrelationFeed feed) {
        this.feed = feed;
        this.cases = cases;
        this.events = events;
        this.agencies = agencies;
        this.access = access;
        this.audit = audit;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(CaseAccess.CASE)
    public Uni<CaseView> open(Caller caller, CaseCreate request) {
        Set<String> participants = new HashSet<>(request.participatingAgencies() == null ? Set.of() : request.participatingAgencies());
        return agencies.findById(caller.agency())
                .onItem().ifNull().failWith(() -> ProblemException.forbidden("your agency " + caller.agency() + " is not a registered agency"))
                .flatMap(lead -> access.existingAgencies(participants, "participatingAgencies"))
                .flatMap(known -> {
                    JointCase c = mapper.toEntity(request);
                    c.created(caller);
                    c.refYear = request.openedOn().getYear();
                    c.reference = RandomReferences.next("JI", c.refYear);
                    c.status = CaseStatus.OPEN;
                    c.leadAgency = caller.agency();
                    c.participants = participants;
                    c.participants.add(caller.agency());
                    return cases.persist(c);
                })
                .call(c -> access.changed(caller, c, "CASE_OPENED", "opened " + c.reference + " led by " + c.leadAgency
                        + " with " + String.join(", ", mapper.sorted(c.participants)), CaseAccess.CASE, c.id))
                .map(mapper::toView);
    }

    @WithSession
    public Uni<CaseView> get(Caller caller, UUID id) {
        return access.visible(caller, id)
                .call(c -> audit.read(caller, CaseAccess.CASE, c.id, c.leadAgency))
                .map(mapper::toView);
    }

    @WithSession
    public Uni<Page<CaseView>> search(Caller caller, CaseRepository.Filter filter, int page, int size) {
        return cases.search(caller.agency(), filter, page, size).flatMap(found -> cases.countMatching(caller.agency(), filter)
                .call(total -> audit.readAll(caller, found.stream()
                        .map(c -> new AuditLog.Touched(CaseAccess.CASE, c.id.toString(), c.leadAgency)).toList()))
                .map(total -> new Page<>(found.stream().map(mapper::toView).toList(), page, size, total)));
    }

    @WithTransaction
    public Uni<CaseView> update(Caller caller, UUID id, String ifMatch, CaseUpdate request) {
        return access.writable(caller, id)
                .invoke(c -> {
                    access.requireLead(caller, c, "edit the case");
                    Versions.requireMatch(ifMatch, c.version);
                    if (request.title() != null && request.title().isBlank()) {
                        throw ProblemException.badRequest("title", "must not be blank");
                    }
                    mapper.update(request, c);
                    c.updated(caller);
                })
                .call(c -> access.changed(caller, c, "CASE_UPDATED", "edited title, summary, priority or handling code",
                        CaseAccess.CASE, c.id))
                .call(c -> cases.flush())
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<CaseView> transition(Caller caller, UUID id, String ifMatch, CaseTransition request) {
        return access.visible(caller, id)
                .invoke(c -> {
                    access.requireLead(caller, c, "change the case status");
                    Versions.requireMatch(ifMatch, c.version);
                    if (!c.status.canBecome(request.status())) {
                        throw ProblemException.conflict("a " + c.status + " case cannot become " + request.status());
                    }
                })
                .call(c -> {
                    CaseStatus from = c.status;
                    c.status = request.status();
                    c.closedOn = c.status == CaseStatus.CLOSED ? LocalDate.now(ZoneOffset.UTC) : null;
                    c.updated(caller);
                    String reason = request.reason() == null ? "" : ": " + request.reason();
                    return access.changed(caller, c, "CASE_STATUS_CHANGED", from + " → " + c.status + reason, CaseAccess.CASE, c.id);
                })
                .call(c -> cases.flush())
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<CaseView> addParticipant(Caller caller, UUID id, String ifMatch, String agency) {
        return access.writable(caller, id)
                .invoke(c -> {
                    access.requireLead(caller, c, "invite agencies");
                    Versions.requireMatch(ifMatch, c.version);
                })
                .call(c -> access.existingAgencies(Set.of(agency), "agency"))
                .call(c -> {
                    if (!c.participants.add(agency)) {
                        throw ProblemException.conflict(agency + " already takes part in case " + c.reference);
                    }
                    c.updated(caller);
                    return access.changed(caller, c, "PARTICIPANT_ADDED", agency + " invited", CaseAccess.CASE, c.id);
                })
                .call(c -> cases.flush())
                .call(feed::participants)
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<CaseView> removeParticipant(Caller caller, UUID id, String ifMatch, String agency) {
        return access.writable(caller, id)
                .invoke(c -> {
                    access.requireLead(caller, c, "remove agencies");
                    Versions.requireMatch(ifMatch, c.version);
                })
                .call(c -> {
                    if (agency.equals(c.leadAgency)) {
                        throw ProblemException.conflict("the lead agency cannot be removed from its case");
                    }
                    if (!c.participants.remove(agency)) {
                        throw ProblemException.notFound("participant " + agency);
                    }
                    c.updated(caller);
                    return access.changed(caller, c, "PARTICIPANT_REMOVED", agency + " removed", CaseAccess.CASE, c.id);
                })
                .call(c -> cases.flush())
                .call(feed::participants)
                .map(mapper::toView);
    }

    @WithSession
    public Uni<Page<EventView>> timeline(Caller caller, UUID id, int page, int size) {
        return access.visible(caller, id)
                .call(c -> audit.read(caller, "timeline", c.id, c.leadAgency))
                .flatMap(c -> events.page(c.id, page, size).flatMap(items -> events.countFor(c.id)
                        .map(total -> new Page<>(items.stream().map(mapper::toView).toList(), page, size, total))));
    }
}
