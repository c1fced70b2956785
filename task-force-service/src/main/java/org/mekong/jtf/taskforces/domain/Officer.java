package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.util.HashSet;
import java.util.Set;

/** An officer on the roster, by the id their tokens carry (sub); managed by their own agency's supervisors. */
@Entity
public class Officer extends TrackedRecord {

    @Column(name = "officer_id")
    public String officerId;

    public String name;

    public String agency;

    public String country;

    @Column(name = "officer_rank")
    public String rank;

    /** ISO 639-1 codes (vi, th, lo, km, zh, my, en…). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "officer_language", joinColumns = @JoinColumn(name = "officer_ref"))
    @Column(name = "language")
    public Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "officer_specialty", joinColumns = @JoinColumn(name = "officer_ref"))
    @Column(name = "specialty")
    public Set<String> specialties = new HashSet<>();
}
