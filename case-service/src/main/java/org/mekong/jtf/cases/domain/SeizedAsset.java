package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** Seized property: vehicles, weapons, cash (its face amount is the value), real estate, accounts. */
@Entity
@Table(name = "seized_asset")
public class SeizedAsset extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    /** The person of the case the seizure is linked to, for the asset-recovery view. */
    @Column(name = "subject_id")
    public UUID subjectId;

    @Enumerated(EnumType.STRING)
    public AssetType type;

    public String description;

    @Column(name = "item_count")
    public int count;

    @Column(name = "estimated_value")
    public BigDecimal estimatedValue;

    public String currency;

    @Column(name = "seizing_agency")
    public String seizingAgency;

    public String country;

    @Column(name = "seized_at")
    public Instant seizedAt;

    // identifiers the correlation index matches: a vehicle's plate (with its country) and VIN, a
    // vessel's registration, an account's number
    public String plate;

    @Column(name = "plate_country")
    public String plateCountry;

    public String vin;

    @Column(name = "vessel_registration")
    public String vesselRegistration;

    @Column(name = "account_number")
    public String accountNumber;
}
