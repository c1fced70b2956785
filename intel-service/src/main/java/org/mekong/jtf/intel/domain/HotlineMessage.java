package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * An urgent message from one agency to another (or to its liaison post in a third country), with
 * deadlines in absolute time; seen by the two agencies only. Replies and what the system recorded
 * (escalations) form its thread.
 */
@Entity
@Table(name = "hotline_message")
public class HotlineMessage extends TrackedRecord {

    public String reference;

    @Column(name = "from_agency")
    public String fromAgency;

    @Column(name = "from_country")
    public String fromCountry;

    @Column(name = "to_agency")
    public String toAgency;

    @Column(name = "to_country")
    public String toCountry;

    @Column(name = "to_post_country")
    public String toPostCountry;

    @Column(name = "agreement_code")
    public String agreementCode;

    @Enumerated(EnumType.STRING)
    public HotlinePriority priority;

    public String subject;

    public String body;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "intel_report_id")
    public UUID intelReportId;

    @Enumerated(EnumType.STRING)
    public HandlingCode handling;

    @Enumerated(EnumType.STRING)
    public Tlp tlp;

    @Enumerated(EnumType.STRING)
    public HotlineStatus status;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "ack_deadline")
    public Instant ackDeadline;

    @Column(name = "answer_deadline")
    public Instant answerDeadline;

    @Column(name = "second_escalation_at")
    public Instant secondEscalationAt;

    /** 0 none; 1 the receiver's supervisors were alerted; 2 its commanders too. Set by the scheduler only. */
    @Column(name = "escalation_level")
    public int escalationLevel;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "answered_at")
    public Instant answeredAt;

    @Column(name = "answered_by")
    public String answeredBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "closed_by")
    public String closedBy;

    /** Past its acknowledgement deadline unacknowledged, or its answer deadline unanswered. */
    public boolean overdueAt(Instant now) {
        return (status == HotlineStatus.SENT && now.isAfter(ackDeadline))
                || (status == HotlineStatus.ACKNOWLEDGED && now.isAfter(answerDeadline));
    }
}
