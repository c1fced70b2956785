package org.mekong.jtf.cases.client;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The intel service's hotline, as the case service raises alerts on an agency's feed. */
@RegisterRestClient(configKey = "intel-service")
@Path("/api/hotline")
public interface HotlineApi {

    /** 201 for a new alert, 200 for one raised already with that id; the body is the outbox entry's JSON as written. */
    @POST
    @Path("/alerts")
    @Consumes(MediaType.APPLICATION_JSON)
    Uni<Response> raise(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String alert);
}
