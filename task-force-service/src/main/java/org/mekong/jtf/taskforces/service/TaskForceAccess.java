package org.mekong.jtf.taskforces.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.domain.MemberRole;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.domain.TaskForceEvent;
import org.mekong.jtf.taskforces.domain.TaskForceStatus;
import org.mekong.jtf.taskforces.repository.MembershipRepository;
import org.mekong.jtf.taskforces.repository.TaskForceEventRepository;
import org.mekong.jtf.taskforces.repository.TaskForceRepository;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The tenancy and history rules every use of a task force goes through: it is reached only by the
 * agencies that see it (others get the 404 of a missing one, audited for its lead agency); it is
 * commanded by its own commander or deputy, or a commander or supervisor of its lead agency; and
 * every change lands on its history and in the audit log in the same transaction.
 */
@ApplicationScoped
public class TaskForceAccess {

    static final String TASK_FORCE = "task-force";

    private final TaskForceRepository taskForces;
    private final MembershipRepository memberships;
    private final TaskForceEventRepository events;
    private final AuditLog audit;

    public TaskForceAccess(TaskForceRepository taskForces, MembershipRepository memberships, TaskForceEventRepository events,
                           AuditLog audit) {
        this.taskForces = taskForces;
        this.memberships = memberships;
        this.events = events;
        this.audit = audit;
    }

    public Uni<TaskForce> visible(Caller caller, UUID id) {
        return Visibility.orNotFound(taskForces.findVisible(id, caller.agency()), () -> taskForces.leadAgencyOf(id), TASK_FORCE, id);
    }

    /** A visible task force the caller commands (403 otherwise), not stood down (409). */
    public Uni<TaskForce> commanded(Caller caller, UUID id) {
        return visible(caller, id).call(tf -> memberships.current(tf.id, caller.officerId()).invoke(own -> {
            boolean leads = tf.leadAgency.equals(caller.agency());
            boolean commands = own != null && (own.role == MemberRole.COMMANDER || own.role == MemberRole.DEPUTY);
            if (!leads && !commands) {
                throw ProblemException.forbidden("only the task force's commander or deputy, or a commander or supervisor of its lead"
                        + " agency " + tf.leadAgency + ", directs it").audited("forbidden", TASK_FORCE, tf.id, tf.leadAgency);
            }
            if (tf.status == TaskForceStatus.STOOD_DOWN) {
                throw ProblemException.conflict("task force " + tf.reference + " has stood down");
            }
        }));
    }

    /** Records a change on the task force's history and in the audit log of its lead agency. */
    public Uni<Void> changed(Caller caller, TaskForce tf, String type, String summary, String objectType, Object objectId) {
        TaskForceEvent event = new TaskForceEvent();
        event.taskForceId = tf.id;
        event.by(caller, type, summary);
        return events.persist(event)
                .flatMap(saved -> audit.record(caller, type.toLowerCase(Locale.ROOT), objectType, objectId, tf.leadAgency));
    }

    public Uni<Void> read(Caller caller, List<TaskForce> read) {
        return audit.readAll(caller, read.stream().map(tf -> new AuditLog.Touched(TASK_FORCE, tf.id.toString(), tf.leadAgency)).toList());
    }

    public Uni<Void> readAbout(Caller caller, TaskForce tf, String objectType, List<?> ids) {
        return audit.readAll(caller, ids.stream().map(id -> new AuditLog.Touched(objectType, String.valueOf(id), tf.leadAgency)).toList());
    }
}
