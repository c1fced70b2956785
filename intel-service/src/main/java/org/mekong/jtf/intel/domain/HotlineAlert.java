package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert another service of the suite raised on an agency's hotline feed. Never changed: its id is
 * the raising service's, so that a delivery made twice lands once.
 */
@Entity
@Table(name = "hotline_alert")
public class HotlineAlert {

    @Id
    public UUID id;

    public String agency;

    @Enumerated(EnumType.STRING)
    public HotlineAlertKind kind;

    /** The machine identity that raised it (the token's subject), e.g. case-service. */
    public String source;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;

    public String title;

    public String body;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "received_at")
    public Instant receivedAt;
}
