package org.mekong.jtf.intel.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.QueryParams;
import org.mekong.jtf.intel.config.IntelPermissions;
import org.mekong.jtf.intel.rest.dto.ReportDtos.LapsedShareView;
import org.mekong.jtf.intel.service.DistributionService;

@Path("/api/intel/shares")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Intelligence reports")
public class ShareResource {

    private final DistributionService distribution;
    private final CurrentCaller caller;

    public ShareResource(DistributionService distribution, CurrentCaller caller) {
        this.distribution = distribution;
        this.caller = caller;
    }

    @GET
    @Path("/lapsed")
    @PermissionsAllowed(IntelPermissions.INTEL_READ)
    @Operation(summary = "Shares of your agency's reports and notes that lapsed with their agreement (expired, withdrawn), and why")
    public Uni<Page<LapsedShareView>> lapsed(@QueryParam("page") String page, @QueryParam("size") String size) {
        return distribution.lapsed(caller.get(), QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }
}
