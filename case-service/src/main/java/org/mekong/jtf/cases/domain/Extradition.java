package org.mekong.jtf.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A request that one country surrender a subject to another: by extradition, deportation or a border handover. */
@Entity
public class Extradition extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "requesting_country")
    public String requestingCountry;

    @Column(name = "requested_country")
    public String requestedCountry;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    public String agreement;

    @Enumerated(EnumType.STRING)
    public TransferKind kind = TransferKind.EXTRADITION;

    @Enumerated(EnumType.STRING)
    public ExtraditionStatus status;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "provisional_arrest_on")
    public LocalDate provisionalArrestOn;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "surrendered_on")
    public LocalDate surrenderedOn;

    public String notes;

    /** The UN Model Treaty's 40 days (art. 9(4)), where neither the request nor its basis says otherwise. */
    public static final int DEFAULT_FORMAL_REQUEST_DAYS = 40;
    public static final int DEFAULT_SURRENDER_DAYS = 30;

    /** The legal basis with default deadlines (extradition_basis), if the request names one. */
    @Column(name = "basis_code")
    public String basisCode;

    /** Days within which the formal request must follow a provisional arrest, for this request. */
    @Column(name = "formal_request_days")
    public Integer formalRequestDays;

    /** Days within which the person must be surrendered once approved, for this request. */
    @Column(name = "surrender_days")
    public Integer surrenderDays;

    @Column(name = "formal_request_on")
    public LocalDate formalRequestOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "refusal_ground")
    public RefusalGround refusalGround;

    @Column(name = "handover_place")
    public String handoverPlace;

    // loaded with the request, a page's collections in batches, like a seizure's agencies
    @ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
    @org.hibernate.annotations.BatchSize(size = 100)
    @CollectionTable(name = "extradition_escort", joinColumns = @JoinColumn(name = "extradition_id"))
    @Column(name = "agency_code")
    public Set<String> escortingAgencies = new HashSet<>();

    /** When the deadline clock raised the missed formal request (once). */
    @Column(name = "formal_request_overdue_at")
    public Instant formalRequestOverdueAt;

    /** When the deadline clock raised the missed surrender (once). */
    @Column(name = "surrender_overdue_at")
    public Instant surrenderOverdueAt;

    public int formalRequestDaysOrDefault() {
        return formalRequestDays == null ? DEFAULT_FORMAL_REQUEST_DAYS : formalRequestDays;
    }

    public int surrenderDaysOrDefault() {
        return surrenderDays == null ? DEFAULT_SURRENDER_DAYS : surrenderDays;
    }
}
