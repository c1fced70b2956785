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
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetView;
import org.mekong.jtf.cases.service.AssetService;
import org.mekong.jtf.cases.service.CaseAccess;
import org.mekong.jtf.common.idempotency.IdempotentCreates;
import org.mekong.jtf.common.idempotency.IdempotentCreates.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.List;
import java.util.UUID;

@Path("/api/cases/{caseId}/assets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seized assets")
public class AssetResource {

    private final AssetService assets;
    private final CurrentCaller caller;
    private final IdempotentCreates idempotency;
    private final CaseAccess access;

    public AssetResource(AssetService assets, CurrentCaller caller, IdempotentCreates idempotency, CaseAccess access) {
        this.assets = assets;
        this.caller = caller;
        this.idempotency = idempotency;
        this.access = access;
    }

    @POST
    @PermissionsAllowed(CasePermissions.ASSET_RECORD)
    @Operation(summary = "Record seized assets (vehicles, firearms, cash, property, accounts)")
    public Uni<Response> record(@PathParam("caseId") UUID caseId, @Valid @NotNull AssetCreate request,
                                @HeaderParam(IdempotentCreates.HEADER) String key, UriInfo uri) {
        return idempotency.create(caller.get(), key, "POST " + uri.getPath(), request, () -> assets.record(caller.get(), caseId, request)
                .map(view -> new Created(view, uri.getAbsolutePathBuilder().path(view.id().toString()).build(), null)),
                id -> access.replayed(caller.get(), caseId, "asset", id));
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List the assets of the case")
    public Uni<List<AssetView>> list(@PathParam("caseId") UUID caseId) {
        return assets.list(caller.get(), caseId);
    }
}
