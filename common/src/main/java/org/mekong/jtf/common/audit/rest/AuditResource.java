package org.mekong.jtf.common.audit.rest;

import io.quarkus.security.PermissionsAllowed;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.mekong.jtf.common.audit.AuditEntryRepository;
import org.mekong.jtf.common.audit.AuditPermissions;
import org.mekong.jtf.common.audit.AuditEntryView;
import org.mekong.jtf.common.audit.AuditRecord;
import org.mekong.jtf.common.audit.AuditTrail;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.CurrentCaller;
import org.mekong.jtf.common.web.QueryParams;

import java.util.List;

/**
 * A service's audit log for the auditors of the owning agency. Each service subclasses it under
 * {@code /api/audit/<service>}; the endpoints are written once, here.
 */
@Produces(MediaType.APPLICATION_JSON)
@PermissionsAllowed(AuditPermissions.AUDIT_READ)
public abstract class AuditResource {

    private final AuditTrail trail;
    private final CurrentCaller caller;

    protected AuditResource(AuditTrail trail, CurrentCaller caller) {
        this.trail = trail;
        this.caller = caller;
    }

    /** A checkpoint the auditor kept earlier, as the signed note it was given. */
    public record KeptCheckpoint(@NotBlank @Size(max = 4096) String checkpoint) {
    }

    @GET
    @Path("/entries")
    @Operation(summary = "Audit entries about records your agency owns, newest first (outcome=refused for refused attempts)")
    public Uni<List<AuditEntryView>> entries(@QueryParam("objectType") String objectType, @QueryParam("objectId") String objectId,
                                             @QueryParam("outcome") String outcome, @QueryParam("page") String page,
                                             @QueryParam("size") String size) {
        var filter = new AuditEntryRepository.Filter(QueryParams.text(objectType, "objectType", 64),
                QueryParams.text(objectId, "objectId", 200), outcome(outcome), null, null, null);
        return trail.entriesOwnedBy(caller.get().agency(), filter, QueryParams.integer(page, "page", 0, 0, 1_000_000),
                QueryParams.integer(size, "size", 50, 1, 500));
    }

    @GET
    @Path("/partner-reads")
    @Operation(summary = "Reads of your agency's records by other agencies, newest first, filtered by reading agency, object and period")
    public Uni<Page<AuditEntryView>> partnerReads(@QueryParam("agency") String agency, @QueryParam("objectType") String objectType,
                                                  @QueryParam("objectId") String objectId, @QueryParam("from") String from,
                                                  @QueryParam("to") String to, @QueryParam("page") String page,
                                                  @QueryParam("size") String size) {
        var filter = new AuditEntryRepository.Filter(QueryParams.text(objectType, "objectType", 64),
                QueryParams.text(objectId, "objectId", 200), null, QueryParams.text(agency, "agency", 32),
                QueryParams.instant(from, "from"), QueryParams.instant(to, "to"));
        return trail.partnerReads(caller.get().agency(), filter, QueryParams.integer(page, "page", 0, 0, 1_000_000),
                QueryParams.integer(size, "size", 50, 1, 500));
    }

    @GET
    @Path("/checkpoint")
    @Operation(summary = "The latest signed checkpoint of your agency's chain (a C2SP signed note): keep it to verify against later")
    public Uni<AuditTrail.CheckpointView> checkpoint() {
        return trail.latestCheckpoint(caller.get().agency());
    }

    @GET
    @Path("/public-key")
    @PermitAll
    @Operation(summary = "The Ed25519 key that signs this service's checkpoints (signed-note verifier key and PEM)")
    public AuditTrail.PublicKeyView publicKey() {
        return trail.publicKey();
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain of your agency's entries and report whether it is intact")
    public Uni<AuditTrail.Verification> verify() {
        return trail.verify(caller.get().agency(), null);
    }

    @POST
    @Path("/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Verify the chain and that it extends a checkpoint you kept (a bad signature is a 400)")
    public Uni<AuditTrail.Verification> verifyAgainst(@Valid @NotNull KeptCheckpoint kept) {
        return trail.verify(caller.get().agency(), kept.checkpoint());
    }

    private static String outcome(String value) {
        String outcome = QueryParams.text(value, "outcome", 16);
        if (outcome != null && !outcome.equals(AuditRecord.GRANTED) && !outcome.equals(AuditRecord.REFUSED)) {
            throw ProblemException.badRequest("outcome", "must be granted or refused");
        }
        return outcome;
    }
}
