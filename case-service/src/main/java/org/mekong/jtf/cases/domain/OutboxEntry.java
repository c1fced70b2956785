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

    /** An alert on an agency's hotline feed (intel service). */
    public static final String HOTLINE_ALERT = "hotline-alert";
    /** A case record's entities for the correlation index (intel service); resource: type/id. */
    public static final String CASE_RECORD = "case-record";
    /** A case's participants for the correlation index (intel service); resource: the case id. */
    public static final String CASE_PARTICIPANTS = "case-participants";

    @Id
    public UUID id;

    public String destination;

    /** The agency it is for: the machine token of its delivery speaks for that agency only. */
    public String agency;

    /** What the entry is about at the receiver, where the destination needs it (a record's type/id, a case id). */
    public String resource;

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
