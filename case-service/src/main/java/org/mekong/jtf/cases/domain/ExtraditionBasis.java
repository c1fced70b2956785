package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A legal basis for extradition with the deadlines it sets by default (seeded by migration, read-only here). */
@Entity
@Table(name = "extradition_basis")
public class ExtraditionBasis {

    @Id
    public String code;

    public String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "legal_basis")
    public LegalBasis legalBasis;

    /** Days within which the formal request must follow a provisional arrest. */
    @Column(name = "formal_request_days")
    public int formalRequestDays;

    /** Days within which the person must be surrendered once extradition is approved. */
    @Column(name = "surrender_days")
    public int surrenderDays;

    /** Where the defaults come from, in words. */
    public String source;
}
