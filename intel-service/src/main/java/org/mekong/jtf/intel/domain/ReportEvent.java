package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One entry of a report's history: its lifecycle and every change of its distribution. An entry
 * about a particular agency's access (a share, a pass-on, a consent request) names it, so that a
 * recipient reads only what concerns it or what it did itself; the originator reads all.
 */
@Entity
@Table(name = "report_event")
public class ReportEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "report_id")
    public UUID reportId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "officer_id")
    public String officerId;

    public String agency;

    public String type;

    public String summary;

    /** The agency whose access the entry is about (null: the report as a whole). */
    @Column(name = "concerns_agency")
    public String concernsAgency;
}
