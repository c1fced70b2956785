package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.HistoryEntry;

import java.util.UUID;

/** One entry of a task force's history: status, members, cases, deployments, tasks. */
@Entity
@Table(name = "task_force_event")
public class TaskForceEvent extends HistoryEntry {

    @Column(name = "task_force_id")
    public UUID taskForceId;
}
