package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

import java.util.UUID;

/**
 * An entity named by a report, or by a record of a case (a subject, a seized asset, a seizure) as the
 * case service sends it: as reported, and as matched (its normalised key).
 */
@Entity
public class Mention {

    public static final String REPORT = "REPORT";
    public static final String CASE = "CASE";

    @Id
    public UUID id;

    /** REPORT or CASE. */
    public String source;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "record_type")
    public String recordType;

    @Column(name = "record_id")
    public UUID recordId;

    /** Whose record it is: the report's originator, the case's lead agency. */
    public String agency;

    public int position;

    @Enumerated(EnumType.STRING)
    public EntityType type;

    public String value;

    /** A plate's country, a phone's region; a person's nationality. */
    public String country;

    @Column(name = "match_key")
    public String matchKey;

    /** A person's: the block of the name (see PersonNames), shared by its spellings, whose members are scored. */
    @Column(name = "block_key")
    public String blockKey;

    /** A name written in another script, as read in Latin (null for anything else). */
    public String latin;

    /** A person's year of birth, where known (the second attribute a name needs to be a hit). */
    @Column(name = "birth_year")
    public Integer birthYear;

    /** What a pair of records matched by, as its hit and an analyst's rejection keep it: a name's block, an identifier's key. */
    public String pairKey() {
        return blockKey != null ? blockKey : matchKey;
    }

    /** The report or case record the mention belongs to. */
    public UUID holder() {
        return REPORT.equals(source) ? reportId : recordId;
    }
}
