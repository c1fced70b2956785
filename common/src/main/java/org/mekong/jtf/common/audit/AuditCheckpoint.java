package org.mekong.jtf.common.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A checkpoint the sequencer signed: one chain's size and head hash at a moment, as a signed note. */
@Entity
@Table(name = "audit_checkpoint")
public class AuditCheckpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "owner_agency", nullable = false)
    public String ownerAgency;

    @Column(nullable = false)
    public long size;

    @Column(name = "head_hash", nullable = false)
    public String headHash;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;

    @Column(nullable = false)
    public String note;
}
