package org.mekong.jtf.cases.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mekong.jtf.cases.config.CasePermissions;
import org.mekong.jtf.cases.service.CaseRecordReads;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.common.web.QueryParams;

import java.util.UUID;

/**
 * The reads every kind of record of a case has, written once: each record resource extends it under
 * {@code /api/cases/{caseId}/<kind>} and adds its create (and updates) with their own permissions.
 */
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public abstract class CaseRecordResource<V, S extends CaseRecordReads<V>> {

    /** The service of this kind of record, for the subclass's create and updates too. */
    protected final S records;
    protected final CurrentCaller caller;

    protected CaseRecordResource(S records, CurrentCaller caller) {
        this.records = records;
        this.caller = caller;
    }

    @GET
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "List these records of the case, oldest first, paginated (size up to 200, default 50)")
    public Uni<Page<V>> list(@PathParam("caseId") UUID caseId, @QueryParam("page") String page, @QueryParam("size") String size) {
        return records.list(caller.get(), caseId, QueryParams.integer(page, "page", 0, 0, 100_000),
                QueryParams.integer(size, "size", 50, 1, 200));
    }

    @GET
    @Path("/{id}")
    @PermissionsAllowed(CasePermissions.CASE_READ)
    @Operation(summary = "Read one of these records (its ETag carries the version where it has one)")
    public Uni<Response> get(@PathParam("caseId") UUID caseId, @PathParam("id") UUID id) {
        return records.get(caller.get(), caseId, id).map(Created::ok);
    }
}
