package org.mekong.jtf.cases.domain;

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

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A joint investigation; visible only to its participating agencies. */
@Entity
@Table(name = "joint_case")
public class JointCase extends TrackedRecord {

    public String reference;

    @Column(name = "ref_year")
    public int refYear;

    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    public Priority priority;

    @Enumerated(EnumType.STRING)
    public Tlp tlp;

    @Enumerated(EnumType.STRING)
    public CaseStatus status;

    @Column(name = "lead_agency")
    public String leadAgency;

    /** The lead agency is always among them. */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "case_participant", joinColumns = @JoinColumn(name = "case_id"))
    @Column(name = "agency_code")
    public Set<String> participants = new HashSet<>();

    /** When the investigation was opened, which may predate the record. */
    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    /**
     * The case's agencies of a country — those whose liaison desks act for it (an overdue step of its
     * request, a sighting of the person it wants) — or the lead agency if none of them takes part.
     */
    public java.util.List<String> agenciesOf(String country) {
        java.util.List<String> of = participants.stream().filter(a -> a.startsWith(country + "-")).sorted().toList();
        return of.isEmpty() ? java.util.List.of(leadAgency) : of;
    }
}
