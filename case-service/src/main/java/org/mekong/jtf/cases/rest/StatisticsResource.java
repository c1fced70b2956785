package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.PermissionsAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.rest.dto.StatisticsView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.FugitiveStatisticsView;
import org.mekong.jtf.cases.service.StatisticsService;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.web.QueryParams;

import java.time.LocalDate;
import java.time.ZoneOffset;

@Path("/api/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class StatisticsResource {

    private final StatisticsService statistics;
    private final CurrentCaller caller;

    public StatisticsResource(StatisticsService statistics, CurrentCaller caller) {
        this.statistics = statistics;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed(CasePermissions.STATISTICS_READ)
    @Operation(summary = "Cases, arrests (and foreigners), seizures by substance, assets by type for a country or agency "
            + "over a period (default: this calendar year), counted by the dates things happened")
    public Uni<StatisticsView> report(@QueryParam("country") String country, @QueryParam("agency") String agency,
                                      @QueryParam("from") String from, @QueryParam("to") String to) {
        if (country != null && !CountryCode.Validator.isCountry(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return statistics.report(caller.get(), country, QueryParams.text(agency, "agency", 32),
                QueryParams.date(from, "from", today.withDayOfYear(1)), QueryParams.date(to, "to", today));
    }

    @GET
    @Path("/fugitives")
    @PermissionsAllowed(CasePermissions.STATISTICS_READ)
    @Operation(summary = "For a country over a period (default: this calendar year): persons its warrants made wanted, located, arrested "
            + "abroad, handed over in and out per counterpart country and kind, refusals by ground, median days from arrest to handover")
    public Uni<FugitiveStatisticsView> fugitives(@QueryParam("country") String country, @QueryParam("from") String from,
                                                 @QueryParam("to") String to) {
        if (country == null || !CountryCode.Validator.isCountry(country)) {
            throw ProblemException.badRequest("country", "must be an ISO 3166-1 alpha-2 country code, e.g. VN");
        }
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        return statistics.fugitives(caller.get(), country, QueryParams.date(from, "from", today.withDayOfYear(1)),
                QueryParams.date(to, "to", today));
    }
}
