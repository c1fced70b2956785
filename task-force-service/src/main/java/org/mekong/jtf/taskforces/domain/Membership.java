package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * An officer's membership of a task force, kept when it ends (the history of who served). The
 * member keeps their national chain of command: the supervisor of their own agency they report to.
 */
@Entity
public class Membership extends TrackedRecord {

    @Column(name = "task_force_id")
    public UUID taskForceId;

    @Column(name = "officer_id")
    public String officerId;

    public String agency;

    public String country;

    @Enumerated(EnumType.STRING)
    public MemberRole role;

    /** The officer of their own agency they report to nationally. */
    @Column(name = "reports_to")
    public String reportsTo;

    @Column(name = "joined_at")
    public Instant joinedAt;

    @Column(name = "left_at")
    public Instant leftAt;

    @Column(name = "left_reason")
    public String leftReason;

    public boolean current() {
        return leftAt == null;
    }
}
