package org.mekong.jtf.cases.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionBasisView;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ExtraditionView;
import org.mekong.jtf.cases.service.ExtraditionService;
import org.mekong.jtf.common.security.CurrentCaller;

import java.util.List;

/** Extraditions across cases: the legal bases with their deadlines, and what is overdue. */
@Path("/api/extraditions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Extraditions")
public class ExtraditionsResource {

    private final ExtraditionService extraditions;
    private final CurrentCaller caller;

    public ExtraditionsResource(ExtraditionService extraditions, CurrentCaller caller) {
        this.extraditions = extraditions;
        this.caller = caller;
    }

    @GET
    @Path("/bases")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Legal bases and the deadlines they set by default (days for the formal request after a provisional arrest, for surrender after approval), with their source")
    public Uni<List<ExtraditionBasisView>> bases() {
        return extraditions.bases();
    }

    @GET
    @Path("/overdue")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Requests of your agency's cases whose deadline passed without the next step (raised by the deadline clock)")
    public Uni<List<ExtraditionView>> overdue() {
        return extraditions.overdue(caller.get());
    }
}
