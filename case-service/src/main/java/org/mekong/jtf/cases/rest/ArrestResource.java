package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestView;
import org.mekong.jtf.cases.service.ArrestService;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.UUID;

@Path("/api/cases/{caseId}/arrests")
@Tag(name = "Arrests")
public class ArrestResource extends CaseRecordResource<ArrestView, ArrestService> {

    public ArrestResource(ArrestService arrests, CurrentCaller caller) {
        super(arrests, caller);
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.ARREST_RECORD)
    @Operation(summary = "Record the arrest of a person of the case (the date may lie in the past)")
    public Uni<Response> record(@PathParam("caseId") UUID caseId, @Valid @NotNull ArrestCreate request, UriInfo uri) {
        return records.record(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view));
    }
}
