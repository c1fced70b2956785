package org.mekong.jtf.common.audit;

import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.problem.ProblemException;

import java.util.function.Supplier;

/**
 * The tenancy rule every service answers with: an object the caller's agency may not see is a 404
 * exactly like a missing one, and the refused attempt goes to the audit log of the agency that owns
 * the object (or to the service's own refusal log when the id exists nowhere).
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * @param visible the object as the caller may see it, or null
     * @param ownerOf the agency owning the id whoever asks, or null when it exists nowhere; asked
     *                only when the object is not visible, to file the refusal
     */
    public static <T> Uni<T> orNotFound(Uni<T> visible, Supplier<Uni<String>> ownerOf, String objectType, Object id) {
        return visible.onItem().ifNull().switchTo(() -> ownerOf.get().flatMap(owner -> Uni.createFrom().failure(
                ProblemException.notFound(objectType + " " + id)
                        .audited("not-visible", objectType, id, owner == null ? AuditLog.SERVICE_OWNER : owner))));
    }

    /**
     * A part asked for under a parent the caller may see (a record of a visible case, a share of a
     * visible report) that is not there: the same 404, for the service's own refusal log.
     */
    public static ProblemException missing(String objectType, Object id) {
        return ProblemException.notFound(objectType + " " + id).audited("not-found", objectType, id, AuditLog.SERVICE_OWNER);
    }
}
