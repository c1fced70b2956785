package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A task force sent to a place for a time window [startsAt, endsAt) with some of its members. */
@Entity
public class Deployment extends TrackedRecord {

    @Column(name = "task_force_id")
    public UUID taskForceId;

    public String country;

    public String province;

    @Column(name = "place_name")
    public String placeName;

    public BigDecimal latitude;

    public BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    public PlaceKind kind;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    /** The commander deployed members without a common language and without an interpreter, knowingly. */
    @Column(name = "language_gap")
    public boolean languageGap;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "deployment_member", joinColumns = @JoinColumn(name = "deployment_id"))
    public List<DeployedOfficer> members = new ArrayList<>();
}
