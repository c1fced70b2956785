package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** A named joint operation (a border campaign, say) over a period and an area; seen by its participating agencies. */
@Entity
@Table(name = "joint_operation")
public class JointOperation extends TrackedRecord {

    public String name;

    public String description;

    @Column(name = "lead_agency")
    public String leadAgency;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    /** Where it runs, in words (provinces of the results are ISO 3166-2). */
    public String area;

    /** The lead agency is always among them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "operation_agency", joinColumns = @JoinColumn(name = "operation_id"))
    @Column(name = "agency")
    public Set<String> agencies = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "operation_task_force", joinColumns = @JoinColumn(name = "operation_id"))
    @Column(name = "task_force_id")
    public Set<UUID> taskForces = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "operation_case", joinColumns = @JoinColumn(name = "operation_id"))
    @Column(name = "case_id")
    public Set<UUID> cases = new HashSet<>();
}
