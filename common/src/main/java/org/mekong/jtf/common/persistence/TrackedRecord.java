package org.mekong.jtf.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.mekong.jtf.common.security.Caller;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The columns every record of a service has: its id, who created and last changed it and when, and
 * its version (the ETag of optimistic locking). Times are kept at PostgreSQL's microsecond
 * precision, so a record reads back exactly as it was answered.
 */
@MappedSuperclass
public abstract class TrackedRecord {

    @Id
    public UUID id;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    /** A new record: a fresh id, and the caller as its creator and last editor. */
    public void created(Caller caller) {
        id = UUID.randomUUID();
        createdBy = caller.officerId();
        createdAt = now();
        updatedBy = createdBy;
        updatedAt = createdAt;
    }

    public void updated(Caller caller) {
        updatedBy = caller.officerId();
        updatedAt = now();
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
