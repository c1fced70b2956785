package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * A recipient's request to pass an H2 report on (or an H1 report for use in court): only the
 * originator's approval widens the distribution.
 */
@Entity
@Table(name = "consent_request")
public class ConsentRequest extends TrackedRecord {

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "requesting_agency")
    public String requestingAgency;

    @Column(name = "requesting_country")
    public String requestingCountry;

    @Column(name = "target_agency")
    public String targetAgency;

    @Column(name = "target_country")
    public String targetCountry;

    @Column(name = "agreement_code")
    public String agreementCode;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    public String reason;

    @Enumerated(EnumType.STRING)
    public ConsentStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "share_id")
    public UUID shareId;
}
