package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** An entity a report names, as reported and as matched (its normalised key). */
@Entity
@Table(name = "report_entity")
public class ReportEntity {

    @Id
    public UUID id;

    @Column(name = "report_id")
    public UUID reportId;

    /** The report's originating agency: whose record a match touches. */
    public String agency;

    public int position;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public String value;

    public String country;

    @Column(name = "match_key")
    public String matchKey;
}
