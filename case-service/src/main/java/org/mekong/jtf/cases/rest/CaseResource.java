package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.mekong.jtf.cases.domain.CaseStatus;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseCreate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseTransition;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseUpdate;
import org.mekong.jtf.cases.rest.dto.CaseDtos.CaseView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.EventView;
import org.mekong.jtf.cases.rest.dto.CaseDtos.ParticipantAdd;
import org.mekong.jtf.cases.service.CaseService;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.common.web.QueryParams;

import java.util.UUID;

@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
public class CaseResource {

    private final CaseService cases;
    private final CurrentCaller caller;

    public CaseResource(CaseService cases, CurrentCaller caller) {
        this.cases = cases;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.CASE_OPEN)
    @Operation(summary = "Open a joint case led by the caller's agency")
    public Uni<Response> open(@Valid @NotNull CaseCreate request, UriInfo uri) {
        return cases.open(caller.get(), request)
                .map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List the cases the caller's agency takes part in, filtered and paginated")
    public Uni<Page<CaseView>> list(@QueryParam("status") String status, @QueryParam("agency") String agency,
                                    @QueryParam("q") String text, @QueryParam("openedFrom") String openedFrom,
                                    @QueryParam("openedTo") String openedTo, @QueryParam("page") String page,
                                    @QueryParam("size") String size) {
        var filter = new CaseRepository.Filter(QueryParams.enumValue(status, "status", CaseStatus.class),
                QueryParams.text(agency, "agency", 32), QueryParams.text(text, "q", 200),
                QueryParams.date(openedFrom, "openedFrom", null), QueryParams.date(openedTo, "openedTo", null));
        return cases.search(caller.get(), filter, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Read a case (ETag carries its version)")
    public Uni<Response> get(@PathParam("id") UUID id) {
        return cases.get(caller.get(), id).map(CaseResource::withEtag);
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.CASE_EDIT)
    @Operation(summary = "Edit title, summary, priority or handling code (lead agency; If-Match required)")
    public Uni<Response> update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull CaseUpdate request) {
        return cases.update(caller.get(), id, ifMatch, request).map(CaseResource::withEtag);
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(CasePermissions.CASE_MANAGE)
    @Operation(summary = "Move the case through its lifecycle (lead agency supervisor; If-Match required)")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull CaseTransition request) {
        return cases.transition(caller.get(), id, ifMatch, request).map(CaseResource::withEtag);
    }

    @POST
    @Path("/{id}/participants")
    @PermissionsAllowed(CasePermissions.CASE_MANAGE)
    @Operation(summary = "Invite an agency into the case (lead agency supervisor; If-Match required)")
    public Uni<Response> addParticipant(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                        @Valid @NotNull ParticipantAdd request) {
        return cases.addParticipant(caller.get(), id, ifMatch, request.agency()).map(CaseResource::withEtag);
    }

    @DELETE
    @Path("/{id}/participants/{agency}")
    @PermissionsAllowed(CasePermissions.CASE_MANAGE)
    @Operation(summary = "Remove an agency from the case (lead agency supervisor; If-Match required)")
    public Uni<Response> removeParticipant(@PathParam("id") UUID id, @PathParam("agency") String agency,
                                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return cases.removeParticipant(caller.get(), id, ifMatch, agency).map(CaseResource::withEtag);
    }

    @GET
    @Path("/{id}/timeline")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Every change to the case and its parts, oldest first")
    public Uni<Page<EventView>> timeline(@PathParam("id") UUID id, @QueryParam("page") String page,
                                         @QueryParam("size") String size) {
        return cases.timeline(caller.get(), id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    private static Response withEtag(CaseView view) {
        return Versions.okWithEtag(view, view.version());
    }
}
