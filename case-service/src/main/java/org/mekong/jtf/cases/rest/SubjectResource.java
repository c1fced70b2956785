package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectUpdate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;
import org.mekong.jtf.cases.service.SubjectService;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.List;
import java.util.UUID;

@Path("/api/cases/{caseId}/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects")
public class SubjectResource {

    private final SubjectService subjects;
    private final CurrentCaller caller;

    public SubjectResource(SubjectService subjects, CurrentCaller caller) {
        this.subjects = subjects;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.SUBJECT_RECORD)
    @Operation(summary = "Add a person to the case")
    public Uni<Response> add(@PathParam("caseId") UUID caseId, @Valid @NotNull SubjectCreate request, UriInfo uri) {
        return subjects.add(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view, view.version()));
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List the persons in the case")
    public Uni<Page<SubjectView>> list(@PathParam("caseId") UUID caseId, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        return subjects.list(caller.get(), caseId, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Read one person (ETag carries the version)")
    public Uni<Response> get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return subjects.get(caller.get(), caseId, id).map(view -> Versions.okWithEtag(view, view.version()));
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.SUBJECT_RECORD)
    @Operation(summary = "Update a person (If-Match required)")
    public Uni<Response> update(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SubjectUpdate request) {
        return subjects.update(caller.get(), caseId, id, ifMatch, request).map(view -> Versions.okWithEtag(view, view.version()));
    }
}
