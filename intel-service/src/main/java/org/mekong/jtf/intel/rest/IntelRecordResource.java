package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.mekong.jtf.common.audit.AuditEntryView;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ConsentDecision;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ConsentView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.EventView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportCreate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportTransition;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportUpdate;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareRequest;
import org.mekong.jtf.intel.service.DistributionService;
import org.mekong.jtf.intel.service.ReportService;
import org.mekong.jtf.intel.service.StixExporter;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/**
 * Everything reports and early-warning notes have alike, written once: each kind's resource
 * extends it under its own path ({@code /api/intel/reports}, {@code /api/early-warnings}).
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class IntelRecordResource {

    private final ReportKind kind;
    private final ReportService reports;
    private final DistributionService distribution;
    private final StixExporter stix;
    private final CurrentCaller caller;
    private final org.mekong.jtf.intel.service.Correlation correlation;

    protected IntelRecordResource(ReportKind kind, ReportService reports, DistributionService distribution, StixExporter stix,
                                  org.mekong.jtf.intel.service.Correlation correlation, CurrentCaller caller) {
        this.correlation = correlation;
        this.kind = kind;
        this.reports = reports;
        this.distribution = distribution;
        this.stix = stix;
        this.caller = caller;
    }

    @POST
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(IntelPermissions.INTEL_WRITE)
    @Operation(summary = "Write a draft of the caller's agency, graded, marked and with the distribution it gets when published")
    public Uni<Response> write(@Valid @NotNull ReportCreate request, UriInfo uri) {
        return reports.write(caller.get(), kind, request).map(view -> Created.at(uri, view));
    }

    @GET
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "List what the caller may see, newest first, filtered and paginated (size up to 100)")
    public Uni<Page<ReportView>> list(@BeanParam ReportQuery query, @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.search(caller.get(), query.filter(kind), QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/stix")
    @Produces(StixExporter.MEDIA_TYPE)
    @PermissionsAllowed(IntelPermissions.INTEL_EXPORT)
    @Operation(summary = "What the list would show, as a STIX 2.1 bundle (size up to 500 a page)")
    public Uni<Response> exportAll(@BeanParam ReportQuery query, @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.forExport(caller.get(), query.filter(kind), QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 100, 1, 500)).map(found -> stixResponse(found));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Read one (ETag carries its version); a withdrawn one answers 410 to all but its originator")
    public Uni<Response> read(@PathParam("id") UUID id) {
        return reports.read(caller.get(), kind, id).map(Created::ok);
    }

    @GET
    @Path("/{id}/entities")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "The entities the record names, as reported and as matched (E.164 phones, plates with their country, …)")
    public Uni<List<org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityView>> entities(@PathParam("id") UUID id) {
        return correlation.entities(caller.get(), kind, id);
    }

    @GET
    @Path("/{id}/hits")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Correlation hits of the record: LINKED to another record you may see, or HELD_ELSEWHERE — only which agency "
            + "holds a match and how to ask for it")
    public Uni<List<org.mekong.jtf.intel.rest.dto.CorrelationDtos.HitView>> hits(@PathParam("id") UUID id) {
        return correlation.hits(caller.get(), kind, id);
    }

    @GET
    @Path("/{id}/stix")
    @Produces(StixExporter.MEDIA_TYPE)
    @PermissionsAllowed(IntelPermissions.INTEL_EXPORT)
    @Operation(summary = "One as a STIX 2.1 bundle")
    public Uni<Response> export(@PathParam("id") UUID id) {
        return reports.forExport(caller.get(), kind, id).map(this::stixResponse);
    }

    private Response stixResponse(List<org.mekong.jtf.intel.domain.IntelReport> found) {
        return Response.ok(stix.bundle(found)).type(StixExporter.MEDIA_TYPE).build();
    }

    @PATCH
    @Path("/{id}")
    @PermissionsAllowed(IntelPermissions.INTEL_WRITE)
    @Operation(summary = "Edit a draft (originating agency; If-Match required)")
    public Uni<Response> edit(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Valid @NotNull ReportUpdate request) {
        return reports.edit(caller.get(), kind, id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/transitions")
    @PermissionsAllowed(IntelPermissions.INTEL_WRITE)
    @Operation(summary = "Publish (DRAFT → PUBLISHED) or withdraw (→ WITHDRAWN) (originating agency; If-Match required)")
    public Uni<Response> transition(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                    @Valid @NotNull ReportTransition request) {
        return reports.transition(caller.get(), kind, id, ifMatch, request).map(Created::ok);
    }

    @POST
    @Path("/{id}/distribution")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(IntelPermissions.INTEL_SHARE)
    @Operation(summary = "Share with one more agency under an agreement in force (201), or, as a recipient passing on H2"
            + " material, ask the originator's consent (202 with the consent request)")
    public Uni<Response> distribute(@PathParam("id") UUID id, @Valid @NotNull ShareRequest request, UriInfo uri) {
        return distribution.distribute(caller.get(), kind, id, request).map(outcome -> {
            if (outcome.share() != null) {
                return Created.at(uri, outcome.share());
            }
            String reportPath = uri.getAbsolutePath().toString().replaceFirst("/distribution$", "");
            return Response.accepted(outcome.consentRequest())
                    .location(URI.create(reportPath + "/consent-requests/" + outcome.consentRequest().id())).build();
        });
    }

    @GET
    @Path("/{id}/distribution/{shareId}")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "One share: its agreement, purpose and whether it is ACTIVE, LAPSED (and why) or REVOKED")
    public Uni<Response> share(@PathParam("id") UUID id, @PathParam("shareId") UUID shareId) {
        return distribution.getShare(caller.get(), kind, id, shareId).map(Created::ok);
    }

    @DELETE
    @Path("/{id}/distribution/{shareId}")
    @PermissionsAllowed(IntelPermissions.INTEL_SHARE)
    @Operation(summary = "Revoke a share (the originator, or the agency that made it), with every pass-on that followed from it")
    public Uni<Response> revoke(@PathParam("id") UUID id, @PathParam("shareId") UUID shareId) {
        return distribution.revoke(caller.get(), kind, id, shareId).map(Created::ok);
    }

    @GET
    @Path("/{id}/consent-requests")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Requests to pass it on (all of them for the originator, one's own for a recipient)")
    public Uni<List<ConsentView>> consentRequests(@PathParam("id") UUID id) {
        return distribution.consentRequests(caller.get(), kind, id);
    }

    @GET
    @Path("/{id}/consent-requests/{consentId}")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "One consent request (ETag carries its version)")
    public Uni<Response> consentRequest(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId) {
        return distribution.consentRequest(caller.get(), kind, id, consentId).map(Created::ok);
    }

    @POST
    @Path("/{id}/consent-requests/{consentId}/decision")
    @PermissionsAllowed(IntelPermissions.CONSENT_DECIDE)
    @Operation(summary = "APPROVE (the share is made) or REJECT a request to pass it on (originating agency; If-Match required)")
    public Uni<Response> decide(@PathParam("id") UUID id, @PathParam("consentId") UUID consentId,
                                @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @Valid @NotNull ConsentDecision decision) {
        return distribution.decide(caller.get(), kind, id, consentId, ifMatch, decision).map(Created::ok);
    }

    @GET
    @Path("/{id}/history")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Lifecycle and distribution changes, oldest first (a recipient sees what concerns its own access)")
    public Uni<Page<EventView>> history(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.history(caller.get(), kind, id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}/reads")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Read receipts for the originator: every read and export by another agency (who, agency, when), newest first")
    public Uni<Page<AuditEntryView>> reads(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return reports.reads(caller.get(), kind, id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 500));
    }
}
