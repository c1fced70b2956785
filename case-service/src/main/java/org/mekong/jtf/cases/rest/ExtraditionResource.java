package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionTransition;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionView;
import org.mekong.jtf.cases.service.ExtraditionService;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.UUID;

@Path("/api/cases/{caseId}/extraditions")
@Tag(name = "Extraditions")
public class ExtraditionResource extends CaseRecordResource<ExtraditionView, ExtraditionService> {

    public ExtraditionResource(ExtraditionService extraditions, CurrentCaller caller) {
        super(extraditions, caller);
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.EXTRADITION_MANAGE)
    @Operation(summary = "Request the extradition or transfer of a person of the case")
    public Uni<Response> request(@PathParam("caseId") UUID caseId, @Valid @NotNull ExtraditionCreate request, UriInfo uri) {
        return records.request(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view));
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(CasePermissions.EXTRADITION_MANAGE)
    @Operation(summary = "Record the next step: PROVISIONAL_ARREST, APPROVED, REFUSED, SURRENDERED (If-Match required)")
    public Uni<Response> transition(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                                    @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ExtraditionTransition request) {
        return records.transition(caller.get(), caseId, id, ifMatch, request)
                .map(Created::ok);
    }
}
