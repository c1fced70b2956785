package org.mekong.jtf.intel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;

/** An agency's hotline desk: its time zone and working hours, and the liaison officers on duty. */
@Entity
@Table(name = "hotline_desk")
public class HotlineDesk extends TrackedRecord {

    public String agency;

    @Column(name = "time_zone")
    public String timeZone;

    @Column(name = "opens_at")
    public LocalTime opensAt;

    @Column(name = "closes_at")
    public LocalTime closesAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "hotline_desk_officer", joinColumns = @JoinColumn(name = "desk_id"))
    @Column(name = "officer_id")
    public Set<String> onDuty = new HashSet<>();
}
