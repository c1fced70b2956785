package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;

/**
 * The terms an agreement has and a proposal would give it (a proposal's null terms stay as they
 * are). Parties and purposes are kept by each in a table of its own.
 */
@MappedSuperclass
public abstract class AgreementTerms extends TrackedRecord {

    public String title;

    @Enumerated(EnumType.STRING)
    public AgreementKind kind;

    @Column(name = "max_handling")
    @Enumerated(EnumType.STRING)
    public HandlingCode maxHandling;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_until")
    public LocalDate validUntil;
}
