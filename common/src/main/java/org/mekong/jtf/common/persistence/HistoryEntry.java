package org.mekong.jtf.common.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import org.mekong.jtf.common.security.Caller;

import java.time.Instant;

/**
 * One line of a record's history as its users read it (a case timeline, a report's history): who
 * of which agency did what, when, in a sentence. The audit log records the same change for
 * auditors; this is what investigators and analysts see.
 */
@MappedSuperclass
public abstract class HistoryEntry {

    private static final int SUMMARY_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "officer_id")
    public String officerId;

    public String agency;

    public String type;

    public String summary;

    /** Fills in who did it and when; a summary longer than the column is cut with an ellipsis. */
    public void by(Caller caller, String type, String summary) {
        by(caller.officerId(), caller.agency(), TrackedRecord.now(), type, summary);
    }

    /** The same for a line the service writes itself (a deadline clock): its name stands for the officer. */
    public void by(String actor, String agency, Instant at, String type, String summary) {
        this.occurredAt = at;
        this.officerId = actor;
        this.agency = agency;
        this.type = type;
        this.summary = summary.length() > SUMMARY_LENGTH ? summary.substring(0, SUMMARY_LENGTH - 3) + "..." : summary;
    }
}
