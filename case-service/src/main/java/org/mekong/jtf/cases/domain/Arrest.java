package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/** The arrest of a subject by one agency, at a place (country and ISO 3166-2 province) and time. */
@Entity
public class Arrest extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "subject_id")
    public UUID subjectId;

    @Column(name = "arresting_agency")
    public String arrestingAgency;

    public String country;

    public String province;

    public String place;

    @Column(name = "arrested_at")
    public Instant arrestedAt;

    public String notes;
}
