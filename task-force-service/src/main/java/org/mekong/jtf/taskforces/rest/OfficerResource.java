package org.mekong.jtf.taskforces.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.mekong.jtf.taskforces.repository.OfficerRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerView;
import org.mekong.jtf.taskforces.service.OfficerService;

@Path("/api/officers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Officers")
public class OfficerResource {

    private final OfficerService officers;
    private final CurrentCaller caller;

    public OfficerResource(OfficerService officers, CurrentCaller caller) {
        this.officers = officers;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(TaskForcePermissions.OFFICER_MANAGE)
    @Operation(summary = "Put an officer of your own agency on the roster")
    public Uni<Response> register(@Valid @NotNull OfficerCreate request, UriInfo uri) {
        return officers.register(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(TaskForcePermissions.OFFICER_READ)
    @Operation(summary = "The roster, by agency, language (ISO 639-1) and specialty")
    public Uni<Page<OfficerView>> list(@QueryParam("agency") String agency, @QueryParam("language") String language,
                                       @QueryParam("specialty") String specialty, @QueryParam("page") String page,
                                       @QueryParam("size") String size) {
        var filter = new OfficerRepository.Filter(QueryParams.text(agency, "agency", 32), QueryParams.text(language, "language", 3),
                QueryParams.text(specialty, "specialty", 40));
        return officers.search(filter, QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{officerId}")
    @PermissionsAllowed(TaskForcePermissions.OFFICER_READ)
    @Operation(summary = "One officer (ETag carries the version)")
    public Uni<Response> get(@PathParam("officerId") String officerId) {
        return officers.get(officerId).map(Created::ok);
    }

    @PATCH
    @Path("/{officerId}")
    @PermissionsAllowed(TaskForcePermissions.OFFICER_MANAGE)
    @Operation(summary = "Change an officer of your own agency: name, rank, languages, specialties (If-Match required)")
    public Uni<Response> update(@PathParam("officerId") String officerId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull OfficerUpdate request) {
        return officers.update(caller.get(), officerId, ifMatch, request).map(Created::ok);
    }
}
