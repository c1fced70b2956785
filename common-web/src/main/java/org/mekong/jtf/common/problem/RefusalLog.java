package org.mekong.jtf.common.problem;

import io.smallrye.mutiny.Uni;

/**
 * Where refused attempts are written before the refusal is answered: a service with an audit log
 * provides one (unsuccessful access is what an auditor looks for first); the gateway has none.
 */
public interface RefusalLog {

    /** What was refused: the object and the agency that owns it, when the refusal is about one. */
    record Refusal(String action, String objectType, String objectId, String ownerAgency) {
    }

    /**
     * Writes the refusal; {@code refusal} is null for a refusal by role, before any object was
     * looked at, which goes to the service's own log with the method and path tried.
     */
    Uni<Void> refused(Refusal refusal, String method, String path);
}
