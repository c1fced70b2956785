package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A request that one country surrender a subject to another. */
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
}
