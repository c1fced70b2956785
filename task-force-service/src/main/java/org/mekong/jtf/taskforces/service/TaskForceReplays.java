package org.mekong.jtf.taskforces.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.idempotency.IdempotentReplays;
import org.mekong.jtf.common.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * A replayed create reads back what the first request made: the caller must still see the task
 * force (or operation) it belongs to, and the read is audited. The roster is everyone's to read.
 */
@ApplicationScoped
public class TaskForceReplays implements IdempotentReplays {

    private final TaskForceAccess access;
    private final OperationService operations;
    private final AuditLog audit;

    public TaskForceReplays(TaskForceAccess access, OperationService operations, AuditLog audit) {
        this.access = access;
        this.operations = operations;
        this.audit = audit;
    }

    @Override
    public Uni<Void> replayed(Caller caller, String objectType, String createdId, Object[] arguments) {
        return switch (objectType) {
            case OfficerService.OFFICER -> audit.readAll(caller, "replay", List.of(new AuditLog.Touched(objectType, createdId, caller.agency())));
            case TaskForceAccess.TASK_FORCE -> readBack(caller, UUID.fromString(createdId), objectType, createdId);
            case OperationService.OPERATION -> operations.visible(caller, UUID.fromString(createdId)).flatMap(op -> replay(caller, objectType,
                    createdId, op.leadAgency));
            case OperationService.RESULT -> operations.visible(caller, (UUID) arguments[1]).flatMap(op -> replay(caller, objectType,
                    createdId, op.leadAgency));
            // members, deployments, tasks: (caller, taskForceId, …)
            default -> readBack(caller, (UUID) arguments[1], objectType, createdId);
        };
    }

    private Uni<Void> readBack(Caller caller, UUID taskForceId, String objectType, String createdId) {
        return access.visible(caller, taskForceId).flatMap(tf -> replay(caller, objectType, createdId, tf.leadAgency));
    }

    private Uni<Void> replay(Caller caller, String objectType, String createdId, String owner) {
        return audit.readAll(caller, "replay", List.of(new AuditLog.Touched(objectType, createdId, owner)));
    }
}
