package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionCreate;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.CaseRecordSync;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitView;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ParticipantsSync;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.SyncView;

import java.util.List;
import java.util.UUID;
import org.mekong.jtf.intel.service.Correlation;

/** The correlation exclusion list supervisors keep. */
@Path("/api/correlation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Correlation")
public class CorrelationResource {

    private final Correlation correlation;
    private final CurrentCaller caller;

    public CorrelationResource(Correlation correlation, CurrentCaller caller) {
        this.correlation = correlation;
        this.caller = caller;
    }

    @PUT
    @Path("/case-records/{recordType}/{recordId}")
    @PermissionsAllowed(IntelPermissions.CORRELATION_FEED)
    @Operation(summary = "The case service sends a subject, seized asset or seizure with the entities it names and the case's "
            + "participants; an older delivery than the last applied changes nothing (STALE)")
    public Uni<SyncView> caseRecord(@PathParam("recordType") String recordType, @PathParam("recordId") UUID recordId,
                                    @Valid @NotNull CaseRecordSync request) {
        return correlation.caseRecord(caller.get(), recordType, recordId, request);
    }

    @PUT
    @Path("/cases/{caseId}/participants")
    @PermissionsAllowed(IntelPermissions.CORRELATION_FEED)
    @Operation(summary = "The case service sends a case's participants: who may see its records' hits changes with them")
    public Uni<SyncView> participants(@PathParam("caseId") UUID caseId, @Valid @NotNull ParticipantsSync request) {
        return correlation.participants(caller.get(), caseId, request);
    }

    @GET
    @Path("/cases/{caseId}/hits")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Correlation hits of a case's subjects, assets and seizures (agencies taking part in the case): LINKED to "
            + "what you may see, HELD_ELSEWHERE naming only the agency that holds a match")
    public Uni<List<HitView>> caseHits(@PathParam("caseId") UUID caseId) {
        return correlation.caseHits(caller.get(), caseId);
    }

    @POST
    @Path("/hits/{id}/verdict")
    @PermissionsAllowed(IntelPermissions.CORRELATION_DECIDE)
    @Operation(summary = "Confirm or reject a hit of your agency's record, with a reason; a rejected pair is not raised again")
    public Uni<org.mekong.jtf.intel.rest.dto.CorrelationDtos.DecisionView> decide(@PathParam("id") UUID id,
            @Valid @NotNull org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitDecision request) {
        return correlation.decide(caller.get(), id, request);
    }

    @GET
    @Path("/entities")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Look a value up (type, value, country for a plate or a phone's region): the reports and case records you may "
            + "see that name it, and the agencies that hold it elsewhere (names only)")
    public Uni<org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntitySearchView> search(@QueryParam("type") String type,
                                                                                      @QueryParam("value") String value,
                                                                                      @QueryParam("country") String country) {
        if (value == null || value.isBlank()) {
            throw org.mekong.jtf.common.problem.ProblemException.badRequest("value", "give the value to look up");
        }
        if (country != null && !org.mekong.jtf.common.validation.CountryCode.Validator.isCountry(country)) {
            throw org.mekong.jtf.common.problem.ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        var entityType = org.mekong.jtf.common.web.QueryParams.enumValue(type, "type", org.mekong.jtf.intel.domain.EntityType.class);
        if (entityType == null) {
            throw org.mekong.jtf.common.problem.ProblemException.badRequest("type", "give the type of the value, e.g. PHONE");
        }
        return correlation.search(caller.get(), entityType, org.mekong.jtf.common.web.QueryParams.text(value, "value", 300), country);
    }

    @PUT
    @Path("/exclusions")
    @PermissionsAllowed(IntelPermissions.CORRELATION_EXCLUDE)
    @Operation(summary = "List a value that must never correlate (NEVER: a placeholder, a hotel switchboard) or that correlates with a "
            + "warning (WARN); setting it again replaces the mode and reason")
    public Uni<ExclusionView> exclude(@Valid @NotNull ExclusionCreate request) {
        return correlation.exclude(caller.get(), request);
    }
}
