package org.mekong.jtf.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.LocalDate;
import java.util.UUID;

/** A request made abroad on a warrant: an INTERPOL Red Notice or diffusion, or a bilateral request. */
@Entity
@Table(name = "international_request")
public class InternationalRequest extends TrackedRecord {

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "warrant_id")
    public UUID warrantId;

    @Enumerated(EnumType.STRING)
    public InternationalRequestKind kind;

    /** The country a bilateral request went to; none for INTERPOL's notices and diffusions. */
    @Column(name = "addressed_to")
    public String addressedTo;

    /** The notice or request number, once there is one. */
    public String reference;

    @Enumerated(EnumType.STRING)
    public InternationalRequestStatus status;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    /** When the request reached its present status. */
    @Column(name = "status_on")
    public LocalDate statusOn;

    public String notes;
}
