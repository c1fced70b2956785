package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One entry of a case's timeline: who changed what, for which agency, when. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "officer_id")
    public String officerId;

    public String agency;

    public String type;

    public String summary;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;
}
