package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/** Where and when a wanted person was seen, by any agency, graded like intelligence (Admiralty A–F / 1–6). */
@Entity
public class Sighting extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "warrant_id")
    public UUID warrantId;

    @Column(name = "recording_agency")
    public String recordingAgency;

    public String country;

    public String province;

    public String place;

    @Column(name = "seen_at")
    public Instant seenAt;

    @Column(name = "source_reliability")
    public String sourceReliability;

    @Column(name = "information_credibility")
    public String informationCredibility;

    public String notes;
}
