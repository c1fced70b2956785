package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A task of a task force, assigned to some of its members. */
@Entity
@Table(name = "task")
public class TaskItem extends TrackedRecord {

    @Column(name = "task_force_id")
    public UUID taskForceId;

    public String title;

    public String description;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "task_assignee", joinColumns = @JoinColumn(name = "task_id"))
    @Column(name = "officer_id")
    public Set<String> assignees = new HashSet<>();

    @Column(name = "due_at")
    public Instant dueAt;

    @Enumerated(EnumType.STRING)
    public TaskPriority priority;

    @Enumerated(EnumType.STRING)
    public TaskStatus status;

    @Column(name = "blocked_reason")
    public String blockedReason;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "intel_report_id")
    public UUID intelReportId;

    @Column(name = "done_at")
    public Instant doneAt;
}
