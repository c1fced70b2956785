package org.mekong.jtf.taskforces.rest;

import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mekong.jtf.common.audit.AuditTrail;
import org.mekong.jtf.common.audit.rest.AuditResource;
import org.mekong.jtf.common.security.CurrentCaller;

/** The task-force service's audit log, for auditors of the agency leading the audited task forces and operations. */
@Path("/api/audit/task-forces")
@Tag(name = "Audit")
public class TaskForceAuditResource extends AuditResource {

    public TaskForceAuditResource(AuditTrail trail, CurrentCaller caller) {
        super(trail, caller);
    }
}
