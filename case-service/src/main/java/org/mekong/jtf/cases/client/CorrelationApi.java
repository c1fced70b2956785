package org.mekong.jtf.cases.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The intel service's correlation index, as the case service feeds it its records and cases' participants. */
@RegisterRestClient(configKey = "intel-service")
@Path("/api/correlation")
public interface CorrelationApi {

    /** A subject, seized asset or seizure with the entities it names; the body is the outbox entry's JSON as written. */
    @PUT
    @Path("/case-records/{type}/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> record(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("type") String type,
                         @PathParam("id") String id, String body);

    @PUT
    @Path("/cases/{id}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> participants(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String caseId,
                               String body);
}
