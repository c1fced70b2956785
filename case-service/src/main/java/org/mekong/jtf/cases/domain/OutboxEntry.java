package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A message for another service, kept until it is delivered (see OutboxRelay). */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    /** Where it goes: {@link #HOTLINE_ALERT} for now. */
    public static final String HOTLINE_ALERT = "hotline-alert";

    @Id
    public UUID id;

    public String destination;

    /** The agency it is for: the machine token of its delivery speaks for that agency only. */
    public String agency;

    /** The request body, as JSON. */
    public String payload;

    @Column(name = "created_at")
    public Instant createdAt;

    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    @Column(name = "last_error")
    public String lastError;
}
