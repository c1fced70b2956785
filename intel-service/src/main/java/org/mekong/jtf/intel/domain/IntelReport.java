package org.mekong.jtf.intel.domain;

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

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A graded intelligence report, or a drug early-warning note (its kind): owned by the originating
 * agency, seen by the agencies it is shared with (ReportShare) while the agreements those shares
 * rest on are in force. Early-warning fields are null on plain reports.
 */
@Entity
@Table(name = "intel_report")
public class IntelReport extends TrackedRecord {

    public String reference;

    @Enumerated(EnumType.STRING)
    public ReportKind kind;

    @Column(name = "originator_agency")
    public String originatorAgency;

    @Column(name = "originator_country")
    public String originatorCountry;

    public String title;

    public String body;

    /** Admiralty source reliability A-F. */
    @Column(name = "source_reliability")
    public String sourceReliability;

    /** Admiralty information credibility 1-6. */
    @Column(name = "info_credibility")
    public int infoCredibility;

    /** The grading as given on another scale (e.g. "EUROPOL C3"), when it was. */
    @Column(name = "graded_as")
    public String gradedAs;

    @Enumerated(EnumType.STRING)
    public Tlp tlp;

    @Enumerated(EnumType.STRING)
    public HandlingCode handling;

    @Column(name = "handling_conditions")
    public String handlingConditions;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "intel_report_case_ref", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    @Column(name = "case_ref")
    public List<String> caseReferences = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "intel_report_substance", joinColumns = @JoinColumn(name = "report_id"))
    @Column(name = "substance")
    @Enumerated(EnumType.STRING)
    public Set<SubstanceTag> substances = new HashSet<>();

    @Column(name = "smuggling_method")
    public String smugglingMethod;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "intel_report_waypoint", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<Waypoint> route = new ArrayList<>();

    /** TLP:RED only: the officers it is for (besides its author). Loaded for RED reports only (ReportRepository.loadDetails). */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "intel_report_named_officer", joinColumns = @JoinColumn(name = "report_id"))
    public Set<NamedOfficer> namedOfficers = new HashSet<>();

    @Column(name = "valid_until")
    public LocalDate validUntil;

    @Enumerated(EnumType.STRING)
    public ReportStatus status;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_by_agency")
    public String withdrawnByAgency;

    @Column(name = "withdrawal_reason")
    public String withdrawalReason;

    // --- early warning

    @Column(name = "ew_substance_name")
    public String ewSubstanceName;

    @Column(name = "ew_tablet_logo")
    public String ewTabletLogo;

    @Column(name = "ew_colour")
    public String ewColour;

    @Column(name = "ew_packaging_mark")
    public String ewPackagingMark;

    @Column(name = "ew_first_seen_at")
    public Instant ewFirstSeenAt;

    @Column(name = "ew_first_seen_country")
    public String ewFirstSeenCountry;

    @Column(name = "ew_first_seen_province")
    public String ewFirstSeenProvince;

    @Column(name = "ew_first_seen_place")
    public String ewFirstSeenPlace;

    @Column(name = "ew_seizure_reference")
    public String ewSeizureReference;

    /** Early warnings only; loaded for them only (ReportRepository.loadDetails). */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 100)
    @CollectionTable(name = "intel_report_photo", joinColumns = @JoinColumn(name = "report_id"))
    @OrderColumn(name = "position")
    public List<Photo> photos = new ArrayList<>();

    public Grading grading() {
        return new Grading(sourceReliability.charAt(0), infoCredibility, gradedAs);
    }

    public void grade(Grading grading) {
        sourceReliability = String.valueOf(grading.sourceReliability());
        infoCredibility = grading.informationCredibility();
        gradedAs = grading.gradedAs();
    }
}
