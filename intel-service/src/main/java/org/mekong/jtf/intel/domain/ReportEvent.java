package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.HistoryEntry;

import java.util.UUID;

/**
 * One entry of a report's history: its lifecycle and every change of its distribution. An entry
 * about a particular agency's access (a share, a pass-on, a consent request) names it, so that a
 * recipient reads only what concerns it or what it did itself; the originator reads all.
 */
@Entity
@Table(name = "report_event")
public class ReportEvent extends HistoryEntry {

    @Column(name = "report_id")
    public UUID reportId;

    /** The agency whose access the entry is about (null: the report as a whole). */
    @Column(name = "concerns_agency")
    public String concernsAgency;
}
