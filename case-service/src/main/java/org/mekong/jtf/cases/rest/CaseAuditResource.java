package org.mekong.jtf.cases.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.audit.AuditTrail;
import org.mekong.jtf.common.audit.rest.AuditResource;
import org.mekong.jtf.common.security.CurrentCaller;

/** The case service's audit log, for auditors of the agency owning (leading) the audited cases. */
@Path("/api/audit/cases")
@Tag(name = "Audit")
public class CaseAuditResource extends AuditResource {

    public CaseAuditResource(AuditTrail trail, CurrentCaller caller) {
        super(trail, caller);
    }
}
