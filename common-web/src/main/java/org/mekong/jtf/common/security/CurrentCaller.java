package org.mekong.jtf.common.security;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mekong.jtf.common.web.RequestIdentity;

import java.util.Set;

/**
 * The {@link Caller} of the current request, from its verified token. The agency and country
 * claims are required by configuration ({@code smallrye.jwt.required.claims}), so a token without
 * them never gets this far.
 */
@RequestScoped
public class CurrentCaller {

    private final JsonWebToken jwt;
    private final RoutingContext routingContext;
    private Caller caller;

    public CurrentCaller(JsonWebToken jwt, RoutingContext routingContext) {
        this.jwt = jwt;
        this.routingContext = routingContext;
    }

    public Caller get() {
        if (caller == null) {
            Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
            // shapes checked when the token was accepted (TokenShapeAugmentor)
            caller = new Caller(jwt.getSubject(), String.valueOf(jwt.<Object>getClaim("agency")),
                    String.valueOf(jwt.<Object>getClaim("country")), groups,
                    RequestIdentity.requestId(routingContext));
        }
        return caller;
    }
}
