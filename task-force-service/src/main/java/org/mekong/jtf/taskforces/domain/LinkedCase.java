package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.UUID;

/** A case of the case service a task force works on, as it was when linked (its lead agency sees the task force). */
@Embeddable
public class LinkedCase {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "case_reference")
    public String caseReference;

    @Column(name = "lead_agency")
    public String leadAgency;

    @Column(name = "linked_at")
    public Instant linkedAt;

    @Column(name = "linked_by")
    public String linkedBy;
}
