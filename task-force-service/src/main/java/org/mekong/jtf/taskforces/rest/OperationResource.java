package org.mekong.jtf.taskforces.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationCreate;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationView;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultCreate;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultView;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultsReport;
import org.mekong.jtf.taskforces.service.OperationService;

import java.util.List;
import java.util.UUID;

@Path("/api/operations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Joint operations")
public class OperationResource {

    private final OperationService operations;
    private final CurrentCaller caller;

    public OperationResource(OperationService operations, CurrentCaller caller) {
        this.operations = operations;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_MANAGE)
    @Operation(summary = "Plan a joint operation led by your agency, with its agencies, task forces and cases")
    public Uni<Response> plan(@Valid @NotNull OperationCreate request, UriInfo uri) {
        return operations.plan(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "Operations your agency takes part in, latest first")
    public Uni<Page<OperationView>> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        return operations.list(caller.get(), QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/results")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "Results of every operation your agency takes part in, by province, in a period (native units)")
    public Uni<ResultsReport> report(@QueryParam("from") String from, @QueryParam("to") String to) {
        return operations.report(caller.get(), null, QueryParams.date(from, "from", null), QueryParams.date(to, "to", null));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "One operation")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return operations.get(caller.get(), id).map(Created::ok);
    }

    @POST
    @Path("/{id}/results")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_MANAGE)
    @Operation(summary = "Record an arrest or seizure of the case service (checked there), or poppy fields found and destroyed")
    public Uni<Response> record(@PathParam("id") UUID id, @Valid @NotNull ResultCreate request, UriInfo uri) {
        return operations.record(caller.get(), id, request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/{id}/results")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "The operation's results, one by one")
    public Uni<List<ResultView>> results(@PathParam("id") UUID id) {
        return operations.results(caller.get(), id);
    }

    @GET
    @Path("/{id}/results/{resultId}")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "One result")
    public Uni<ResultView> result(@PathParam("id") UUID id, @PathParam("resultId") UUID resultId) {
        return operations.result(caller.get(), id, resultId);
    }

    @GET
    @Path("/{id}/results/summary")
    @PermissionsAllowed(TaskForcePermissions.OPERATION_READ)
    @Operation(summary = "The operation's results summed, overall and by province, in native units")
    public Uni<ResultsReport> summary(@PathParam("id") UUID id, @QueryParam("from") String from, @QueryParam("to") String to) {
        return operations.report(caller.get(), id, QueryParams.date(from, "from", null), QueryParams.date(to, "to", null));
    }
}
