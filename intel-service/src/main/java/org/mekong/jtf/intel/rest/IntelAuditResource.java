package org.mekong.jtf.intel.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.audit.AuditTrail;
import org.mekong.jtf.common.audit.rest.AuditResource;
import org.mekong.jtf.common.security.CurrentCaller;

/** The intel service's audit log, for auditors of the agency that originated the audited reports. */
@Path("/api/audit/intel")
@Tag(name = "Audit")
public class IntelAuditResource extends AuditResource {

    public IntelAuditResource(AuditTrail trail, CurrentCaller caller) {
        super(trail, caller);
    }
}
