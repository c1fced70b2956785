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
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureView;
import org.mekong.jtf.cases.service.SeizureService;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.UUID;

@Path("/api/cases/{caseId}/seizures")
@Tag(name = "Seizures")
public class SeizureResource extends CaseRecordResource<SeizureView, SeizureService> {

    public SeizureResource(SeizureService seizures, CurrentCaller caller) {
        super(seizures, caller);
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.SEIZURE_RECORD)
    @Operation(summary = "Record a seizure; a joint seizure names all seizing agencies and counts once")
    public Uni<Response> record(@PathParam("caseId") UUID caseId, @Valid @NotNull SeizureCreate request, UriInfo uri) {
        return records.record(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view));
    }
}
