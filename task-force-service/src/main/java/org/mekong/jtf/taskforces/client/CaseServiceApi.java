package org.mekong.jtf.taskforces.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The case service's API as the task-force service uses it, always with the caller's own token:
 * the case service decides what the caller may see. Only the fields used here are read.
 */
@RegisterRestClient(configKey = "case-service")
@Path("/api/cases")
public interface CaseServiceApi {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CaseSummary(UUID id, String reference, String title, String status, String leadAgency, List<String> participatingAgencies) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record ArrestSummary(UUID id, UUID caseId, String country, String province, Instant arrestedAt, String arrestingAgency) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record SeizureSummary(UUID id, UUID caseId, String substance, BigDecimal quantity, String unit, String country, String province,
                          Instant seizedAt) {
    }

    @GET
    @Path("/{id}")
    Uni<CaseSummary> jointCase(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @HeaderParam("X-Request-Id") String requestId, @PathParam("id") UUID id);

    @GET
    @Path("/{caseId}/arrests/{id}")
    Uni<ArrestSummary> arrest(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                              @HeaderParam("X-Request-Id") String requestId, @PathParam("caseId") UUID caseId, @PathParam("id") UUID id);

    @GET
    @Path("/{caseId}/seizures/{id}")
    Uni<SeizureSummary> seizure(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                @HeaderParam("X-Request-Id") String requestId, @PathParam("caseId") UUID caseId, @PathParam("id") UUID id);
}
