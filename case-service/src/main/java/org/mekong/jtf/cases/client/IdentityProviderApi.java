package org.mekong.jtf.cases.client;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The identity provider's OAuth 2.0 token endpoint (Keycloak's
 * {@code /realms/<realm>/protocol/openid-connect/token}), from which the case service gets its
 * machine tokens by the client-credentials grant (RFC 6749 §4.4). Its URL is the client's base URL.
 */
@RegisterRestClient(configKey = "identity-provider")
public interface IdentityProviderApi {

    /** What the endpoint grants: the token and how many seconds it lives. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Grant(@JsonProperty("access_token") String accessToken, @JsonProperty("expires_in") long expiresIn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    Uni<Grant> clientCredentials(@FormParam("grant_type") String grantType, @FormParam("client_id") String clientId,
                                 @FormParam("client_secret") String clientSecret);
}
