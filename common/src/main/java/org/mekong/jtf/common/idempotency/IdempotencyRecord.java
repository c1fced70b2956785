package org.mekong.jtf.common.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The first result of a create sent with an Idempotency-Key, kept to answer its retries. */
@Entity
@Table(name = "idempotency_record")
public class IdempotencyRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String agency;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(nullable = false)
    public String operation;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    /** The id of the record the first request created: what a replay reads back and checks. */
    @Column(name = "created_id", nullable = false)
    public String createdId;

    @Column(name = "response_body", nullable = false)
    public String responseBody;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
