package org.mekong.jtf.taskforces.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;

/**
 * An officer in a deployment, with the deployment's window copied: the table's exclusion constraint
 * (officer, window overlapping) is what keeps an officer out of two places at once, under any
 * concurrency, across replicas.
 */
@Embeddable
public class DeployedOfficer {

    @Column(name = "officer_id")
    public String officerId;

    @Column(name = "starts_at")
    public Instant startsAt;

    @Column(name = "ends_at")
    public Instant endsAt;

    public DeployedOfficer() {
    }

    public DeployedOfficer(String officerId, Instant startsAt, Instant endsAt) {
        this.officerId = officerId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
    }
}
