package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectUpdate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;
import org.mekong.jtf.cases.service.SubjectService;
import org.mekong.jtf.cases.service.AssetRecoveryService;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.AssetRecoveryView;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;

import java.util.UUID;

@Path("/api/cases/{caseId}/subjects")
@Tag(name = "Subjects")
public class SubjectResource extends CaseRecordResource<SubjectView, SubjectService> {

    private final AssetRecoveryService recovery;

    public SubjectResource(SubjectService subjects, AssetRecoveryService recovery, CurrentCaller caller) {
        super(subjects, caller);
        this.recovery = recovery;
    }

    @GET
    @Path("/{id}/asset-recovery")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "What has been seized from this person where, in which currency, in which case: this case and the other cases "
            + "of your agency where the same identity document number was recorded")
    public Uni<AssetRecoveryView> assetRecovery(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return recovery.of(caller.get(), caseId, id);
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.SUBJECT_RECORD)
    @Operation(summary = "Add a person to the case")
    public Uni<Response> add(@PathParam("caseId") UUID caseId, @Valid @NotNull SubjectCreate request, UriInfo uri) {
        return records.add(caller.get(), caseId, request)
                .map(view -> Created.at(uri, view));
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.SUBJECT_RECORD)
    @Operation(summary = "Update a person (If-Match required)")
    public Uni<Response> update(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull SubjectUpdate request) {
        return records.update(caller.get(), caseId, id, ifMatch, request).map(Created::ok);
    }
}
