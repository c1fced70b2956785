package org.mekong.jtf.taskforces.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.audit.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.common.security.Roles;
import org.mekong.jtf.taskforces.domain.MemberRole;
import org.mekong.jtf.taskforces.domain.TaskItem;
import org.mekong.jtf.taskforces.domain.TaskStatus;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.MembershipRepository;
import org.mekong.jtf.taskforces.repository.TaskRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskTransition;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskView;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** Tasks of a task force: assigned by its command to its members, moved along by them. */
@ApplicationScoped
@RunsToCompletion
public class TaskService {

    static final String TASK = "task";

    private final TaskRepository tasks;
    private final MembershipRepository memberships;
    private final TaskForceAccess access;
    private final TaskForceMapper mapper;

    public TaskService(TaskRepository tasks, MembershipRepository memberships, TaskForceAccess access, TaskForceMapper mapper) {
        this.tasks = tasks;
        this.memberships = memberships;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(TASK)
    public Uni<TaskView> assign(Caller caller, UUID taskForceId, TaskCreate request) {
        return access.commanded(caller, taskForceId).flatMap(tf -> memberships.currentOf(List.of(tf.id)).flatMap(current -> {
            Set<String> strangers = new TreeSet<>(request.assignees() == null ? Set.of() : request.assignees());
            current.forEach(m -> strangers.remove(m.officerId));
            if (!strangers.isEmpty()) {
                throw ProblemException.badRequest("assignees", "tasks go to members of " + tf.reference + " only; not members: "
                        + String.join(", ", strangers));
            }
            TaskItem t = mapper.toEntity(request);
            t.created(caller);
            t.taskForceId = tf.id;
            t.status = TaskStatus.TODO;
            return tasks.persist(t).call(saved -> access.changed(caller, tf, "TASK_ASSIGNED", "task '" + t.title + "' for "
                    + (t.assignees.isEmpty() ? "nobody yet" : String.join(", ", new TreeSet<>(t.assignees))), TASK, t.id));
        })).map(this::view);
    }

    /**
     * An assignee moves their task along, as does the task force's command; BLOCKED needs a reason,
     * DONE is final (409 for any other move).
     */
    @WithTransaction
    public Uni<TaskView> transition(Caller caller, UUID taskForceId, UUID taskId, String ifMatch, TaskTransition request) {
        return access.visible(caller, taskForceId).flatMap(tf -> tasks.findInTaskForce(tf.id, taskId)
                .onItem().ifNull().failWith(() -> Visibility.missing(TASK, taskId))
                .call(t -> memberships.current(tf.id, caller.officerId()).invoke(own -> {
                    boolean leadCommand = tf.leadAgency.equals(caller.agency())
                            && (caller.roles().contains(Roles.COMMANDER) || caller.roles().contains(Roles.SUPERVISOR));
                    boolean commands = leadCommand || (own != null && (own.role == MemberRole.COMMANDER || own.role == MemberRole.DEPUTY));
                    if (!t.assignees.contains(caller.officerId()) && !commands) {
                        throw ProblemException.forbidden("only the task's assignees or the task force's command move it along")
                                .audited("forbidden", TASK, t.id, tf.leadAgency);
                    }
                    Versions.requireMatch(ifMatch, t.version);
                    if (!t.status.canBecome(request.status())) {
                        throw ProblemException.conflict("a " + t.status + " task cannot become " + request.status());
                    }
                    if (request.status() == TaskStatus.BLOCKED && (request.reason() == null || request.reason().isBlank())) {
                        throw ProblemException.badRequest("reason", "say what blocks the task");
                    }
                    t.status = request.status();
                    t.blockedReason = t.status == TaskStatus.BLOCKED ? request.reason() : null;
                    t.doneAt = t.status == TaskStatus.DONE ? TrackedRecord.now() : null;
                    t.updated(caller);
                }))
                .call(t -> access.changed(caller, tf, "TASK_STATUS_CHANGED", "'" + t.title + "' now " + t.status
                        + (t.blockedReason == null ? "" : ": " + t.blockedReason), TASK, t.id))
                .call(t -> tasks.flush())).map(this::view);
    }

    @WithSession
    public Uni<List<TaskView>> ofTaskForce(Caller caller, UUID taskForceId, TaskStatus status, int page, int size) {
        return access.visible(caller, taskForceId).flatMap(tf -> tasks.ofTaskForce(tf.id, status, page, size)
                .call(found -> access.readAbout(caller, tf, TASK, found.stream().map(t -> t.id).toList())))
                .map(found -> found.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<TaskView> get(Caller caller, UUID taskForceId, UUID taskId) {
        return access.visible(caller, taskForceId).flatMap(tf -> tasks.findInTaskForce(tf.id, taskId)
                .onItem().ifNull().failWith(() -> Visibility.missing(TASK, taskId))
                .call(t -> access.readAbout(caller, tf, TASK, List.of(t.id)))).map(this::view);
    }

    /** The caller's own open tasks, in every task force their agency sees. */
    @WithSession
    public Uni<List<TaskView>> mine(Caller caller, int page, int size) {
        return tasks.assignedTo(caller.officerId(), caller.agency(), page, size).map(found -> found.stream().map(this::view).toList());
    }

    /** Open tasks past due, in every task force the caller's agency sees. */
    @WithSession
    public Uni<List<TaskView>> overdue(Caller caller, int page, int size) {
        return tasks.overdue(caller.agency(), Instant.now(), page, size).map(found -> found.stream().map(this::view).toList());
    }

    private TaskView view(TaskItem t) {
        boolean overdue = t.dueAt != null && t.status != TaskStatus.DONE && t.dueAt.isBefore(Instant.now());
        return mapper.toView(t, overdue);
    }
}
