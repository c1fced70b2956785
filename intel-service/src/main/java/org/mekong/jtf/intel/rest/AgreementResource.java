package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.domain.ProposalStatus;
import org.mekong.jtf.intel.rest.dto.AgreementDtos;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.AgreementView;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalCreate;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalDecision;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalView;
import org.mekong.jtf.intel.service.AgreementService;

import java.util.List;
import java.util.UUID;

@Path("/api/agreements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Agreements")
public class AgreementResource {

    private final AgreementService agreements;
    private final CurrentCaller caller;

    public AgreementResource(AgreementService agreements, CurrentCaller caller) {
        this.agreements = agreements;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed(IntelPermissions.AGREEMENT_READ)
    @Operation(summary = "The agreements sharing rests on, by code; those a country is party to, those in force today")
    public Uni<List<AgreementView>> list(@QueryParam("country") String country, @QueryParam("inForce") String inForce) {
        String c = QueryParams.text(country, "country", 2);
        if (c != null && !org.mekong.jtf.common.validation.CountryCode.Validator.isCountry(c)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        if (inForce != null && !inForce.equals("true") && !inForce.equals("false")) {
            throw ProblemException.badRequest("inForce", "must be true or false");
        }
        return agreements.list(c, "true".equals(inForce));
    }

    @GET
    @Path("/{code}")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_READ)
    @Operation(summary = "One agreement: parties, purposes, highest handling code, dates, and whether it is in force today")
    public Uni<Response> get(@PathParam("code") String code) {
        return agreements.get(checked(code)).map(Created::ok);
    }

    @GET
    @Path("/{code}/history")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_READ)
    @Operation(summary = "Every proposed change to the agreement, with its approvals: applied, rejected or pending")
    public Uni<List<ProposalView>> history(@PathParam("code") String code) {
        return agreements.history(checked(code));
    }

    @POST
    @Path("/proposals")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_PROPOSE)
    @Operation(summary = "Propose a new agreement, an amendment or a withdrawal; it applies once every other party country approved")
    public Uni<Response> propose(@Valid @NotNull ProposalCreate request, UriInfo uri) {
        return agreements.propose(caller.get(), request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/proposals")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_READ)
    @Operation(summary = "Proposals, newest first, by status and agreement")
    public Uni<Page<ProposalView>> proposals(@QueryParam("status") String status, @QueryParam("agreement") String agreement,
                                             @QueryParam("page") String page, @QueryParam("size") String size) {
        String code = QueryParams.text(agreement, "agreement", 40);
        return agreements.proposals(QueryParams.enumValue(status, "status", ProposalStatus.class), code == null ? null : checked(code),
                QueryParams.integer(page, "page", 0, 0, 100_000), QueryParams.integer(size, "size", 20, 1, 100));
    }

    @GET
    @Path("/proposals/{id}")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_READ)
    @Operation(summary = "One proposal: who approved it, which party countries it still awaits (ETag carries its version)")
    public Uni<Response> proposal(@PathParam("id") UUID id) {
        return agreements.proposal(id).map(Created::ok);
    }

    @POST
    @Path("/proposals/{id}/decisions")
    @PermissionsAllowed(IntelPermissions.AGREEMENT_PROPOSE)
    @Operation(summary = "APPROVE or REJECT for your country (a supervisor of a party country; If-Match required)")
    public Uni<Response> decide(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                @Valid @NotNull ProposalDecision decision) {
        return agreements.decide(caller.get(), id, ifMatch, decision).map(Created::ok);
    }

    private static String checked(String code) {
        if (!code.matches(AgreementDtos.CODE)) {
            throw ProblemException.notFound("agreement " + code);
        }
        return code;
    }
}
