package org.mekong.jtf.cases.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingCreate;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.SightingView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.WantedSearchResult;
import org.mekong.jtf.cases.service.WantedService;
import org.mekong.jtf.common.idempotency.IdempotentCreateInterceptor;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;

import java.time.LocalDate;
import java.util.UUID;

/** The wanted list every agency may search, and the sightings any agency may record. */
@Path("/api/wanted")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wanted persons")
public class WantedResource {

    private final WantedService wanted;
    private final CurrentCaller caller;

    public WantedResource(WantedService wanted, CurrentCaller caller) {
        this.wanted = wanted;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed(CasePermissions.WANTED_SEARCH)
    @Operation(summary = "Search the wanted list by full name (any word order, accents ignored) or document number, with date or year "
            + "of birth and nationality to confirm a name: HIT, POSSIBLE (a name alone) or NO_HIT. Outside the case you learn only "
            + "who wants the person and whom to ask")
    public Uni<WantedSearchResult> search(@QueryParam("name") String name, @QueryParam("documentNumber") String documentNumber,
                                          @QueryParam("dateOfBirth") String dateOfBirth, @QueryParam("birthYear") String birthYear,
                                          @QueryParam("nationality") String nationality) {
        if (nationality != null && !CountryCode.Validator.isCountry(nationality)) {
            throw ProblemException.badRequest("nationality", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        if (dateOfBirth != null && birthYear != null) {
            throw ProblemException.badRequest("birthYear", "give a date of birth or a year of birth, not both");
        }
        LocalDate born = QueryParams.date(dateOfBirth, "dateOfBirth", null);
        Integer year = birthYear == null ? null : QueryParams.integer(birthYear, "birthYear", 0, 1900, LocalDate.now().getYear());
        return wanted.search(caller.get(), new WantedService.Search(QueryParams.text(name, "name", 300),
                QueryParams.text(documentNumber, "documentNumber", 64), born, year, nationality));
    }

    @POST
    @Path("/{id}/sightings")
    @Parameter(name = IdempotentCreateInterceptor.HEADER, in = ParameterIn.HEADER,
            description = "retry-safe create: a retry with the same key and body returns the first result and creates nothing")
    @PermissionsAllowed(CasePermissions.SIGHTING_RECORD)
    @Operation(summary = "Record where and when a wanted person was seen (any agency); the case's agencies see it on the case timeline")
    public Uni<Response> sighted(@PathParam("id") UUID id, @Valid @NotNull SightingCreate request, UriInfo uri) {
        return wanted.sighted(caller.get(), id, request).map(view -> Created.at(uri, view));
    }

    @GET
    @Path("/{id}/sightings")
    @PermissionsAllowed(CasePermissions.WANTED_SEARCH)
    @Operation(summary = "Sightings of a wanted person, oldest first: all of them for the case's agencies, its own for any other")
    public Uni<Page<SightingView>> sightings(@PathParam("id") UUID id, @QueryParam("page") String page, @QueryParam("size") String size) {
        return wanted.sightings(caller.get(), id, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}/sightings/{sightingId}")
    @PermissionsAllowed(CasePermissions.WANTED_SEARCH)
    @Operation(summary = "One sighting (the case's agencies, or the agency that recorded it)")
    public Uni<SightingView> sighting(@PathParam("id") UUID id, @PathParam("sightingId") UUID sightingId) {
        return wanted.sighting(caller.get(), id, sightingId);
    }
}
