package org.mekong.jtf.common.idempotency;

import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.security.Caller;

/**
 * A replayed create is a read of what the first request created: the service checks that the caller
 * may still see it (failing as a read would, e.g. 404 after their agency left the case) and audits
 * the read. Each service that uses {@link IdempotentCreate} provides one.
 */
public interface IdempotentReplays {

    /**
     * @param objectType the {@link IdempotentCreate#value()} of the create
     * @param createdId  the id of the record the first request created
     * @param arguments  the create method's arguments (the case id of a case record, say)
     */
    Uni<Void> replayed(Caller caller, String objectType, String createdId, Object[] arguments);
}
