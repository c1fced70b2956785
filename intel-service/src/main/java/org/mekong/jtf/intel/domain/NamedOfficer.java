package org.mekong.jtf.intel.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** An officer a TLP:RED report is for, by agency and officer id (the token's subject). */
@Embeddable
public class NamedOfficer {

    public String agency;

    @Column(name = "officer_id")
    public String officerId;

    public NamedOfficer() {
    }

    public NamedOfficer(String agency, String officerId) {
        this.agency = agency;
        this.officerId = officerId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamedOfficer other && Objects.equals(agency, other.agency) && Objects.equals(officerId, other.officerId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(agency, officerId);
    }
}
