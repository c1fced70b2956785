package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.util.ArrayList;
import java.util.List;

/**
 * A mixed task force: officers of two or more countries under one commander, on a mandate, linked
 * to cases of the case service. Seen by the agencies of its members, its lead agency and the lead
 * agencies of its linked cases.
 */
@Entity
@Table(name = "task_force")
public class TaskForce extends TrackedRecord {

    public String reference;

    public String name;

    public String mandate;

    @Column(name = "lead_agency")
    public String leadAgency;

    @Enumerated(EnumType.STRING)
    public TaskForceStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "task_force_case", joinColumns = @JoinColumn(name = "task_force_id"))
    @OrderColumn(name = "position")
    public List<LinkedCase> cases = new ArrayList<>();
}
