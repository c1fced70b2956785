package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.HistoryEntry;

import java.util.UUID;

/** One entry of a case's timeline: who changed what, for which agency, when. */
@Entity
@Table(name = "case_event")
public class CaseEvent extends HistoryEntry {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "object_type")
    public String objectType;

    @Column(name = "object_id")
    public String objectId;
}
