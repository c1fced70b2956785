package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionCreate;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.ExclusionView;
import org.mekong.jtf.intel.service.Correlation;

/** The correlation exclusion list supervisors keep. */
@Path("/api/correlation")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Correlation")
public class CorrelationResource {

    private final Correlation correlation;
    private final CurrentCaller caller;

    public CorrelationResource(Correlation correlation, CurrentCaller caller) {
        this.correlation = correlation;
        this.caller = caller;
    }

    @PUT
    @Path("/exclusions")
    @PermissionsAllowed(IntelPermissions.CORRELATION_EXCLUDE)
    @Operation(summary = "List a value that must never correlate (NEVER: a placeholder, a hotel switchboard) or that correlates with a "
            + "warning (WARN); setting it again replaces the mode and reason")
    public Uni<ExclusionView> exclude(@Valid @NotNull ExclusionCreate request) {
        return correlation.exclude(caller.get(), request);
    }
}
