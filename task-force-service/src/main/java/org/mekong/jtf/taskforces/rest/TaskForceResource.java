package org.mekong.jtf.taskforces.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.taskforces.config.TaskForcePermissions;
import org.mekong.jtf.taskforces.domain.TaskForceStatus;
import org.mekong.jtf.taskforces.domain.TaskStatus;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.CaseLink;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.EventView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberAdd;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceTransition;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskTransition;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskView;
import org.mekong.jtf.taskforces.service.DeploymentBookings;
import org.mekong.jtf.taskforces.service.DeploymentService;
import org.mekong.jtf.taskforces.service.TaskForceService;
import org.mekong.jtf.taskforces.service.TaskService;

import java.util.List;
import java.util.UUID;

@Path("/api/task-forces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Task forces")
public class TaskForceResource {

    private final TaskForceService taskForces;
    private final DeploymentService deployments;
    private final DeploymentBookings bookings;
    private final TaskService tasks;
    private final CurrentCaller caller;

    public TaskForceResource(TaskForceService taskForces, DeploymentService deployments, DeploymentBookings bookings, TaskService tasks,
                             CurrentCaller caller) {
        this.taskForces = taskForces;
        this.deployments = deployments;
        this.bookings = bookings;
        this.tasks = tasks;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Form a task force led by your agency, with the cases it works on (checked in the case service)")
    public Uni<Response> form(@Valid @NotNull TaskForceCreate request, UriInfo uri) {
        return taskForces.form(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Task forces your agency sees (a member's, the lead's, a linked case's lead), newest first")
    public Uni<Page<TaskForceView>> list(@QueryParam("status") String status, @QueryParam("caseId") String caseId,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return taskForces.list(caller.get(), new org.mekong.jtf.taskforces.repository.TaskForceRepository.Filter(
                        QueryParams.enumValue(status, "status", TaskForceStatus.class), QueryParams.uuid(caseId, "caseId")),
                QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "One task force with its current members (ETag carries its version)")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return taskForces.get(caller.get(), id).map(Created::ok);
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Rename it or change its mandate (its command; If-Match required)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull TaskForceUpdate request) {
        return taskForces.edit(caller.get(), id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "FORMING → ACTIVE (only mixed and with a commander) → STOOD_DOWN (If-Match required)")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull TaskForceTransition request) {
        return taskForces.transition(caller.get(), id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/cases")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Link a case your agency takes part in (asked of the case service with your token; If-Match required)")
    public Uni<Response> linkCase(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull CaseLink request) {
        return taskForces.linkCase(caller.get(), id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/members")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Add a roster officer with a role and their national supervisor (If-Match of the task force)")
    public Uni<Response> addMember(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @Valid @NotNull MemberAdd request, UriInfo uri) {
        return taskForces.addMember(caller.get(), id, ifMatch, request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/{id}/members")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Current members; with all=true everyone who ever served (the membership history)")
    public Uni<List<MemberView>> members(@PathParam("id") UUID id, @QueryParam("all") boolean all) {
        return taskForces.members(caller.get(), id, all);
    }

    @GET
    @Path("/{id}/members/{memberId}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "One membership, current or past")
    public Uni<MemberView> member(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId) {
        return taskForces.members(caller.get(), id, true).map(all -> all.stream().filter(m -> m.id().equals(memberId)).findFirst()
                .orElseThrow(() -> org.mekong.jtf.common.problem.ProblemException.notFound("member " + memberId)));
    }

    @DELETE
    @Path("/{id}/members/{memberId}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "A member leaves; kept in the membership history (If-Match of the task force)")
    public Uni<MemberView> removeMember(@PathParam("id") UUID id, @PathParam("memberId") UUID memberId,
                                        @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @QueryParam("reason") String reason) {
        return taskForces.removeMember(caller.get(), id, memberId, ifMatch, QueryParams.text(reason, "reason", 1000));
    }

    @GET
    @Path("/{id}/history")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Every change to the task force, oldest first")
    public Uni<Page<EventView>> history(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return taskForces.history(caller.get(), id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @POST
    @Path("/{id}/deployments")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Deploy members to a place for a window; an officer already deployed then is a 409 naming where")
    public Uni<Response> deploy(@PathParam("id") UUID id, @Valid @NotNull DeploymentCreate request, UriInfo uri) {
        return deployments.deploy(caller.get(), id, request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/{id}/deployments")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "Deployments, by start")
    public Uni<Page<DeploymentView>> deployments(@PathParam("id") UUID id, @QueryParam("page") String page,
                                                 @QueryParam("size") String size) {
        return bookings.list(caller.get(), id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}/deployments/{deploymentId}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "One deployment (ETag carries its version)")
    public Uni<Response> deployment(@PathParam("id") UUID id, @PathParam("deploymentId") UUID deploymentId) {
        return bookings.get(caller.get(), id, deploymentId).map(Created::ok);
    }

    @DELETE
    @Path("/{id}/deployments/{deploymentId}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Cancel a deployment, freeing its officers (If-Match required)")
    public Uni<Response> cancel(@PathParam("id") UUID id, @PathParam("deploymentId") UUID deploymentId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return bookings.cancel(caller.get(), id, deploymentId, ifMatch).map(done -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/tasks")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_COMMAND)
    @Operation(summary = "Assign a task to members")
    public Uni<Response> assign(@PathParam("id") UUID id, @Valid @NotNull TaskCreate request, UriInfo uri) {
        return tasks.assign(caller.get(), id, request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/{id}/tasks")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "The task force's tasks, soonest due first")
    public Uni<List<TaskView>> tasks(@PathParam("id") UUID id, @QueryParam("status") String status, @QueryParam("page") String page,
                                     @QueryParam("size") String size) {
        return tasks.ofTaskForce(caller.get(), id, QueryParams.enumValue(status, "status", TaskStatus.class),
                QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}/tasks/{taskId}")
    @PermissionsAllowed(TaskForcePermissions.TASK_FORCE_READ)
    @Operation(summary = "One task (ETag carries its version)")
    public Uni<Response> task(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId) {
        return tasks.get(caller.get(), id, taskId).map(Created::ok);
    }

    @POST
    @Path("/{id}/tasks/{taskId}/transitions")
    @PermissionsAllowed(TaskForcePermissions.TASK_WORK)
    @Operation(summary = "TODO → IN_PROGRESS → DONE, or BLOCKED with a reason (an assignee or the command; If-Match required)")
    public Uni<Response> moveTask(@PathParam("id") UUID id, @PathParam("taskId") UUID taskId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull TaskTransition request) {
        return tasks.transition(caller.get(), id, taskId, ifMatch, request).map(Created::ok);
    }
}
