package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.UUID;

/** The warrant that makes a subject of a case wanted: who issued it, when, for what. */
@Entity
public class Warrant extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "issuing_country")
    public String issuingCountry;

    @Column(name = "issuing_authority")
    public String issuingAuthority;

    @Column(name = "issued_on")
    public LocalDate issuedOn;

    public String offence;

    public String reference;

    @Enumerated(EnumType.STRING)
    public WarrantStatus status;

    /** How a partner that finds the person should ask: a desk, a channel (never a person's private details). */
    public String contact;
}
