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
 * One agency's access to a report: for a purpose, resting on an agreement in force between the
 * sharing and the receiving country (none within one country). It grants access only while that
 * agreement is in force, which every read checks in SQL; it ends for good when revoked.
 */
@Entity
@Table(name = "report_share")
public class ReportShare extends TrackedRecord {

    @Column(name = "report_id")
    public UUID reportId;

    public String agency;

    public String country;

    @Column(name = "shared_by_agency")
    public String sharedByAgency;

    @Column(name = "shared_by_country")
    public String sharedByCountry;

    /** Null for a share within one country. */
    @Column(name = "agreement_id")
    public UUID agreementId;

    @Column(name = "agreement_code")
    public String agreementCode;

    @Enumerated(EnumType.STRING)
    public Purpose purpose;

    @Enumerated(EnumType.STRING)
    public ShareVia via;

    @Column(name = "consent_request_id")
    public UUID consentRequestId;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "revoked_by")
    public String revokedBy;
}
