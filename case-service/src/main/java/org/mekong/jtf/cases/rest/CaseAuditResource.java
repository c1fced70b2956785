package org.mekong.jtf.cases.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.audit.AuditEntryView;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.security.Roles;
import org.mekong.jtf.common.web.QueryParams;

import java.util.List;

/** The case service's audit log, for auditors of the agency owning (leading) the audited cases. */
@Path("/api/audit/cases")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
@RolesAllowed(Roles.AUDITOR)
public class CaseAuditResource {

    private final AuditLog audit;
    private final CurrentCaller caller;

    public CaseAuditResource(AuditLog audit, CurrentCaller caller) {
        this.audit = audit;
        this.caller = caller;
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Audit entries about records your agency owns, newest first")
    public Uni<List<AuditEntryView>> entries(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                                         @QueryParam("page") String page, @QueryParam("size") String size) {
        return audit.entriesOwnedBy(caller.get().agency(), QueryParams.text(objectType, "objectType", 64),
                QueryParams.text(objectId, "objectId", 64), QueryParams.integer(page, "page", 0, 0, 1_000_000),
                QueryParams.integer(size, "size", 50, 1, 500));
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain of your agency's entries and report whether it is intact")
    public Uni<AuditLog.Verification> verify() {
        return audit.verify(caller.get().agency());
    }
}
