package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/** A party country's consent to a proposed agreement change, given by a supervisor of one of its agencies. */
@Embeddable
public class Approval {

    public String country;

    public String agency;

    @Column(name = "officer_id")
    public String officerId;

    @Column(name = "approved_at")
    public Instant approvedAt;
}
