package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestView;
import org.mekong.jtf.cases.service.ArrestService;
import org.mekong.jtf.cases.service.CaseAccess;
import org.mekong.jtf.common.idempotency.IdempotentCreates;
import org.mekong.jtf.common.idempotency.IdempotentCreates.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.List;
import java.util.UUID;

@Path("/api/cases/{caseId}/arrests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Arrests")
public class ArrestResource {

    private final ArrestService arrests;
    private final CurrentCaller caller;
    private final IdempotentCreates idempotency;
    private final CaseAccess access;

    public ArrestResource(ArrestService arrests, CurrentCaller caller, IdempotentCreates idempotency, CaseAccess access) {
        this.arrests = arrests;
        this.caller = caller;
        this.idempotency = idempotency;
        this.access = access;
    }

    @POST
    @PermissionsAllowed(CasePermissions.ARREST_RECORD)
    @Operation(summary = "Record the arrest of a person of the case (the date may lie in the past)")
    public Uni<Response> record(@PathParam("caseId") UUID caseId, @Valid @NotNull ArrestCreate request,
                                @HeaderParam(IdempotentCreates.HEADER) String key, UriInfo uri) {
        return idempotency.create(caller.get(), key, "POST " + uri.getPath(), request, () -> arrests.record(caller.get(), caseId, request)
                .map(view -> new Created(view, uri.getAbsolutePathBuilder().path(view.id().toString()).build(), null)),
                id -> access.replayed(caller.get(), caseId, "arrest", id));
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List the arrests of the case")
    public Uni<List<ArrestView>> list(@PathParam("caseId") UUID caseId) {
        return arrests.list(caller.get(), caseId);
    }
}
