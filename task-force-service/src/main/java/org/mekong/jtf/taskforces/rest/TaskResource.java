package org.mekong.jtf.taskforces.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.taskforces.config.TaskForcePermissions;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskView;
import org.mekong.jtf.taskforces.service.TaskService;

import java.util.List;

/** Tasks across task forces: the caller's own, and those past due. */
@Path("/api/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task forces")
public class TaskResource {

    private final TaskService tasks;
    private final CurrentCaller caller;

    public TaskResource(TaskService tasks, CurrentCaller caller) {
        this.tasks = tasks;
        this.caller = caller;
    }

    @GET
    @Path("/mine")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Your open tasks in every task force, soonest due first")
    public Uni<List<TaskView>> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return tasks.mine(caller.get(), QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/overdue")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Open tasks past due in the task forces your agency sees, most overdue first")
    public Uni<List<TaskView>> overdue(@QueryParam("page") String page, @QueryParam("size") String size) {
        return tasks.overdue(caller.get(), QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }
}
