package org.mekong.jtf.cases.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.InternationalRequestTransition;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantTransition;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WarrantView;
import org.mekong.jtf.cases.service.WarrantService;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;

import java.util.UUID;

@Path("/api/cases/{caseId}/warrants")
@Tag(name = "Wanted persons")
public class WarrantResource extends CaseRecordResource<WarrantView, WarrantService> {

    public WarrantResource(WarrantService warrants, CurrentCaller caller) {
        super(warrants, caller);
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.WARRANT_MANAGE)
    @Operation(summary = "Record the warrant that makes a person of the case wanted (and the international requests made on it); the person goes on the wanted list")
    public Uni<Response> issue(@PathParam("caseId") UUID caseId, @Valid @NotNull WarrantCreate request, UriInfo uri) {
        return records.issue(caller.get(), caseId, request).map(view -> Created.at(uri, view));
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(CasePermissions.WARRANT_MANAGE)
    @Operation(summary = "Withdraw the warrant, or mark it EXECUTED (a surrender or handover does that itself); If-Match required")
    public Uni<Response> transition(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull WarrantTransition request) {
        return records.transition(caller.get(), caseId, id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/requests")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.WARRANT_MANAGE)
    @Operation(summary = "Record an international request on the warrant: an INTERPOL Red Notice or diffusion, or a bilateral request")
    public Uni<Response> ask(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                             @Valid @NotNull InternationalRequestCreate request, UriInfo uri) {
        return records.ask(caller.get(), caseId, id, request).map(view -> Created.at(uri, view));
    }

    @POST
    @Path("/{id}/requests/{requestId}/transitions")
    @PermissionsAllowed(CasePermissions.WARRANT_MANAGE)
    @Operation(summary = "Record the international request's next status: ISSUED, REFUSED, CANCELLED (If-Match: the request's version)")
    public Uni<Response> progress(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id, @PathParam("requestId") UUID requestId,
                                  @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @Valid @NotNull InternationalRequestTransition request) {
        return records.progress(caller.get(), caseId, id, requestId, ifMatch, request).map(Created::ok);
    }
}
