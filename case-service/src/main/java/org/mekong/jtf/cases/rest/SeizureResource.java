package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureView;
import org.mekong.jtf.cases.service.SeizureService;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.List;
import java.util.UUID;

@Path("/api/cases/{caseId}/seizures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Seizures")
public class SeizureResource {

    private final SeizureService seizures;
    private final CurrentCaller caller;

    public SeizureResource(SeizureService seizures, CurrentCaller caller) {
        this.seizures = seizures;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.SEIZURE_RECORD)
    @Operation(summary = "Record a seizure; a joint seizure names all seizing agencies and counts once")
    public Uni<Response> record(@PathParam("caseId") UUID caseId, @Valid @NotNull SeizureCreate request, UriInfo uri) {
        return seizures.record(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List the seizures of the case, oldest first, paginated (size up to 200, default 50)")
    public Uni<Page<SeizureView>> list(@PathParam("caseId") UUID caseId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return seizures.list(caller.get(), caseId, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Read one seizure")
    public Uni<SeizureView> get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return seizures.get(caller.get(), caseId, id);
    }
}
