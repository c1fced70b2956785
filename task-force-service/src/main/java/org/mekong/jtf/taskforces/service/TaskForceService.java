package org.mekong.jtf.taskforces.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.audit.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.ids.RandomReferences;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.client.CaseDirectory;
import org.mekong.jtf.taskforces.domain.LinkedCase;
import org.mekong.jtf.taskforces.domain.MemberRole;
import org.mekong.jtf.taskforces.domain.Membership;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.domain.TaskForceStatus;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.MembershipRepository;
import org.mekong.jtf.taskforces.repository.OfficerRepository;
import org.mekong.jtf.taskforces.repository.TaskForceEventRepository;
import org.mekong.jtf.taskforces.repository.TaskForceRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.CaseLink;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.EventView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberAdd;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceTransition;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceView;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Task forces: forming one, its cases, its members and their history, its lifecycle. */
@ApplicationScoped
@RunsToCompletion
public class TaskForceService {

    static final String MEMBER = "task-force-member";

    private final TaskForceRepository taskForces;
    private final MembershipRepository memberships;
    private final OfficerRepository officers;
    private final TaskForceEventRepository events;
    private final TaskForceAccess access;
    private final TaskForceViews views;
    private final CaseDirectory cases;
    private final TaskForceMapper mapper;

    public TaskForceService(TaskForceRepository taskForces, MembershipRepository memberships, OfficerRepository officers,
                            TaskForceEventRepository events, TaskForceAccess access, TaskForceViews views, CaseDirectory cases,
                            TaskForceMapper mapper) {
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.officers = officers;
        this.events = events;
        this.access = access;
        this.views = views;
        this.cases = cases;
        this.mapper = mapper;
    }

    /** A new task force led by the caller's agency, FORMING, with the cases it works on (checked in the case service). */
    @WithTransaction
    @IdempotentCreate(TaskForceAccess.TASK_FORCE)
    public Uni<TaskForceView> form(Caller caller, TaskForceCreate request) {
        TaskForce tf = mapper.toEntity(request);
        tf.created(caller);
        tf.reference = RandomReferences.next("TF", tf.createdAt.atZone(ZoneOffset.UTC).getYear());
        tf.leadAgency = caller.agency();
        tf.status = TaskForceStatus.FORMING;
        List<UUID> linked = request.cases() == null ? List.of() : request.cases().stream().distinct().toList();
        return linkAll(caller, tf, linked, 0)
                .flatMap(done -> taskForces.persist(tf))
                .call(saved -> access.changed(caller, tf, "FORMED", "task force " + tf.reference + " formed by " + tf.leadAgency,
                        TaskForceAccess.TASK_FORCE, tf.id))
                .flatMap(views::of);
    }

    private Uni<Void> linkAll(Caller caller, TaskForce tf, List<UUID> caseIds, int from) {
        if (from == caseIds.size()) {
            return Uni.createFrom().voidItem();
        }
        return link(caller, tf, caseIds.get(from), "cases[" + from + "]").flatMap(done -> linkAll(caller, tf, caseIds, from + 1));
    }

    /** Asks the case service, with the caller's token, whether the case exists and the caller's agency takes part in it. */
    private Uni<Void> link(Caller caller, TaskForce tf, UUID caseId, String field) {
        return cases.visibleCase(caller, caseId, field).invoke(found -> {
            if (found.participatingAgencies() == null || !found.participatingAgencies().contains(caller.agency())) {
                throw ProblemException.badRequest(field, "your agency does not take part in case " + found.reference());
            }
            LinkedCase link = new LinkedCase();
            link.caseId = found.id();
            link.caseReference = found.reference();
            link.leadAgency = found.leadAgency();
            link.linkedAt = TrackedRecord.now();
            link.linkedBy = caller.officerId();
            tf.cases.add(link);
        }).replaceWithVoid();
    }

    @WithSession
    public Uni<TaskForceView> get(Caller caller, UUID id) {
        return access.visible(caller, id).call(tf -> access.read(caller, List.of(tf))).flatMap(views::of);
    }

    @WithSession
    public Uni<Page<TaskForceView>> list(Caller caller, TaskForceRepository.Filter filter, int page, int size) {
        return taskForces.search(caller.agency(), filter, page, size).flatMap(found -> taskForces.countVisible(caller.agency(), filter)
                .call(total -> access.read(caller, found))
                .flatMap(total -> views.of(found).map(items -> new Page<>(items, page, size, total))));
    }

    @WithTransaction
    public Uni<TaskForceView> edit(Caller caller, UUID id, String ifMatch, TaskForceUpdate request) {
        return access.commanded(caller, id).invoke(tf -> {
            Versions.requireMatch(ifMatch, tf.version);
            mapper.update(request, tf);
            tf.updated(caller);
        }).call(tf -> access.changed(caller, tf, "EDITED", "name or mandate changed", TaskForceAccess.TASK_FORCE, tf.id))
                .call(tf -> taskForces.flush()).flatMap(views::of);
    }

    /** FORMING → ACTIVE only when mixed and with a commander (409 naming the rule); → STOOD_DOWN. */
    @WithTransaction
    public Uni<TaskForceView> transition(Caller caller, UUID id, String ifMatch, TaskForceTransition request) {
        return access.commanded(caller, id).call(tf -> {
            Versions.requireMatch(ifMatch, tf.version);
            if (!tf.status.canBecome(request.status())) {
                throw ProblemException.conflict("a " + tf.status + " task force cannot become " + request.status());
            }
            Uni<Void> checked = request.status() != TaskForceStatus.ACTIVE ? Uni.createFrom().voidItem()
                    : memberships.currentOf(List.of(tf.id)).flatMap(views::rulesView).invoke(SchedulingRules::requireActivatable)
                    .replaceWithVoid();
            return checked.flatMap(ok -> {
                TaskForceStatus from = tf.status;
                tf.status = request.status();
                tf.updated(caller);
                String reason = request.reason() == null ? "" : ": " + request.reason();
                return access.changed(caller, tf, "STATUS_CHANGED", from + " → " + tf.status + reason, TaskForceAccess.TASK_FORCE, tf.id);
            });
        }).call(tf -> taskForces.flush()).flatMap(views::of);
    }

    @WithTransaction
    public Uni<TaskForceView> linkCase(Caller caller, UUID id, String ifMatch, CaseLink request) {
        return access.commanded(caller, id).call(tf -> {
            Versions.requireMatch(ifMatch, tf.version);
            if (tf.cases.stream().anyMatch(c -> c.caseId.equals(request.caseId()))) {
                throw ProblemException.conflict("case " + request.caseId() + " is already linked to " + tf.reference);
            }
            return link(caller, tf, request.caseId(), "caseId").invoke(() -> tf.updated(caller))
                    .call(() -> access.changed(caller, tf, "CASE_LINKED", "case " + tf.cases.get(tf.cases.size() - 1).caseReference
                            + " linked", "case", request.caseId()));
        }).call(tf -> taskForces.flush()).flatMap(views::of);
    }

    /** A roster officer joins with a role, keeping their national chain of command (a supervisor of their own agency). */
    @WithTransaction
    @IdempotentCreate(MEMBER)
    public Uni<MemberView> addMember(Caller caller, UUID id, String ifMatch, MemberAdd request) {
        return access.commanded(caller, id).flatMap(tf -> {
            Versions.requireMatch(ifMatch, tf.version);
            return officers.findByOfficerId(request.officerId())
                    .onItem().ifNull().failWith(() -> ProblemException.badRequest("officerId", request.officerId() + " is not on the roster"))
                    .flatMap(officer -> officers.findByOfficerId(request.reportsTo()).invoke(chief -> {
                        if (chief == null || !chief.agency.equals(officer.agency) || chief.officerId.equals(officer.officerId)) {
                            throw ProblemException.badRequest("reportsTo", "name another officer of " + officer.agency
                                    + " on the roster: the member's national chain of command stays with their own agency");
                        }
                    }).replaceWith(officer))
                    .call(officer -> memberships.current(tf.id, officer.officerId).invoke(existing -> {
                        if (existing != null) {
                            throw ProblemException.conflict(officer.officerId + " is already a member of " + tf.reference
                                    + " as " + existing.role);
                        }
                    }))
                    .flatMap(officer -> {
                        Membership m = new Membership();
                        m.created(caller);
                        m.taskForceId = tf.id;
                        m.officerId = officer.officerId;
                        m.agency = officer.agency;
                        m.country = officer.country;
                        m.role = request.role();
                        m.reportsTo = request.reportsTo();
                        m.joinedAt = m.createdAt;
                        tf.updated(caller);
                        return memberships.persist(m)
                                .call(saved -> access.changed(caller, tf, "MEMBER_JOINED", officer.name + " (" + officer.agency + ") joined as "
                                        + m.role, MEMBER, m.id))
                                .call(saved -> taskForces.flush())
                                .flatMap(saved -> views.members(List.of(m))).map(list -> list.get(0));
                    });
        });
    }

    /** A member leaves (kept in the history); an active task force keeps at least one commander. */
    @WithTransaction
    public Uni<MemberView> removeMember(Caller caller, UUID id, UUID memberId, String ifMatch, String reason) {
        return access.commanded(caller, id).flatMap(tf -> {
            Versions.requireMatch(ifMatch, tf.version);
            return memberships.findInTaskForce(tf.id, memberId)
                    .onItem().ifNull().failWith(() -> Visibility.missing(MEMBER, memberId))
                    .call(m -> {
                        if (!m.current()) {
                            throw ProblemException.conflict("this member left at " + m.leftAt);
                        }
                        if (tf.status != TaskForceStatus.ACTIVE || m.role != MemberRole.COMMANDER) {
                            return Uni.createFrom().voidItem();
                        }
                        return memberships.currentOf(List.of(tf.id)).invoke(current -> {
                            if (current.stream().filter(c -> c.role == MemberRole.COMMANDER).count() == 1) {
                                throw new ProblemException(409, "no-commander", "Conflict",
                                        "an active task force keeps a commander: name another before this one leaves");
                            }
                        });
                    })
                    .call(m -> {
                        m.leftAt = TrackedRecord.now();
                        m.leftReason = reason;
                        m.updated(caller);
                        tf.updated(caller);
                        return access.changed(caller, tf, "MEMBER_LEFT", m.officerId + " (" + m.agency + ") left"
                                + (reason == null ? "" : ": " + reason), MEMBER, m.id);
                    })
                    .call(m -> taskForces.flush())
                    .flatMap(m -> views.members(List.of(m))).map(list -> list.get(0));
        });
    }

    /** Current members, or everyone who ever served (the membership history). */
    @WithSession
    public Uni<List<MemberView>> members(Caller caller, UUID id, boolean everyone) {
        return access.visible(caller, id).flatMap(tf -> (everyone ? memberships.allOf(tf.id) : memberships.currentOf(List.of(tf.id)))
                .call(list -> access.readAbout(caller, tf, MEMBER + "-list", List.of(tf.id)))
                .flatMap(views::members));
    }

    @WithSession
    public Uni<Page<EventView>> history(Caller caller, UUID id, int page, int size) {
        return access.visible(caller, id).call(tf -> access.readAbout(caller, tf, "history", List.of(tf.id)))
                .flatMap(tf -> events.page(tf.id, page, size).flatMap(items -> events.countFor(tf.id)
                        .map(total -> new Page<>(items.stream().map(mapper::toView).toList(), page, size, total))));
    }
}
