package org.mekong.jtf.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One line of the audit log: written once by the request, completed once by the sequencer (seq and
 * hashes), never changed otherwise (the database refuses it too).
 */
@Entity
@Table(name = "audit_log")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "officer_id", nullable = false)
    public String officerId;

    @Column(nullable = false)
    public String agency;

    @Column(nullable = false)
    public String action;

    @Column(name = "object_type", nullable = false)
    public String objectType;

    @Column(name = "object_id", nullable = false)
    public String objectId;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    @Column(name = "request_id", nullable = false)
    public String requestId;

    @Column(nullable = false)
    public String outcome;

    /** Place in the owning agency's chain, 1-based; null until the sequencer has linked the entry. */
    public Long seq;

    @Column(name = "prev_hash")
    public String prevHash;

    public String hash;
}
