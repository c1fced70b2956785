package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.CaseDtos.AgencyView;
import org.mekong.jtf.cases.service.AgencyService;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.common.validation.CountryCode;

import java.util.List;

@Path("/api/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
@PermissionsAllowed(CasePermissions.AGENCY_READ)
public class AgencyResource {

    private final AgencyService agencies;

    public AgencyResource(AgencyService agencies) {
        this.agencies = agencies;
    }

    @GET
    @Operation(summary = "List the agencies, optionally of one country (ISO 3166-1 alpha-2)")
    public Uni<List<AgencyView>> list(@QueryParam("country") String country) {
        if (country != null && !CountryCode.Validator.isCountry(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        return agencies.list(country);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Read one agency")
    public Uni<AgencyView> get(@PathParam("code") String code) {
        return agencies.get(code);
    }
}
