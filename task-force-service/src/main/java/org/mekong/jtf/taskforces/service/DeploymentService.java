package org.mekong.jtf.taskforces.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.problem.Failures;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentView;

import java.util.UUID;

/**
 * Books a deployment; when the database refuses it because an officer is already deployed in an
 * overlapping window (however close the two bookings came), answers 409 naming the deployment
 * that holds them, read after the refused transaction rolled back.
 */
@ApplicationScoped
public class DeploymentService {

    static final String NO_OVERLAP = "deployment_member_no_overlap";

    private final DeploymentBookings bookings;

    public DeploymentService(DeploymentBookings bookings) {
        this.bookings = bookings;
    }

    public Uni<DeploymentView> deploy(Caller caller, UUID taskForceId, DeploymentCreate request) {
        return bookings.book(caller, taskForceId, request).onFailure(DeploymentService::isOverlap).recoverWithUni(e ->
                bookings.conflicting(request.officers(), request.startsAt(), request.endsAt()).map(holder -> {
                    String which = holder == null ? "another deployment made at the same moment"
                            : "deployment " + holder.id + " (" + holder.placeName + ", " + holder.startsAt + " – " + holder.endsAt + ")";
                    throw new ProblemException(409, "officer-already-deployed", "Conflict", "an officer of this deployment is already"
                            + " deployed in an overlapping window: " + which);
                }));
    }

    static boolean isOverlap(Throwable e) {
        return Failures.violates(e, NO_OVERLAP);
    }
}
