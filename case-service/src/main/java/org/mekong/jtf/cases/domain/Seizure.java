package org.mekong.jtf.cases.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A seizure of drugs or precursors, in its native unit and normalised to kilograms. */
@Entity
public class Seizure extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    /** The person of the case the seizure is linked to, for the asset-recovery view. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    public Substance substance;

    @Column(name = "substance_name")
    public String substanceName;

    public BigDecimal quantity;

    @Enumerated(EnumType.STRING)
    public QuantityUnit unit;

    @Column(name = "tablet_weight_mg")
    public BigDecimal tabletWeightMg;

    /** Null where no weight follows from the unit (plants). */
    @Column(name = "kg_equivalent")
    public BigDecimal kgEquivalent;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "seizure_agency", joinColumns = @JoinColumn(name = "seizure_id"))
    @Column(name = "agency_code")
    public Set<String> seizingAgencies = new HashSet<>();

    public String country;

    public String province;

    public String place;

    @Column(name = "seized_at")
    public Instant seizedAt;

    @Column(name = "purity_percent")
    public BigDecimal purityPercent;

    @Column(name = "tablet_logo")
    public String tabletLogo;

    @Column(name = "packaging_marks")
    public String packagingMarks;

    @Column(name = "forensic_notes")
    public String forensicNotes;
}
