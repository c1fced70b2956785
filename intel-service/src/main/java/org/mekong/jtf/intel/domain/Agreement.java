package org.mekong.jtf.intel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import org.hibernate.annotations.BatchSize;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * An agreement between countries on which intelligence sharing rests: who is party to it, for which
 * purposes and up to which handling code it permits sharing, and when it is in force. An
 * administrative record: it changes only through a proposal every party approved.
 */
@Entity
public class Agreement extends AgreementTerms {

    public String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_party", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "country")
    public Set<String> parties = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_purpose", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "purpose")
    @Enumerated(EnumType.STRING)
    public Set<Purpose> purposes = new HashSet<>();

    @Enumerated(EnumType.STRING)
    public AgreementStatus status;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    public String notes;

    /** Why the agreement is not in force on that day, or null when it is. */
    public String lapseOn(LocalDate day) {
        if (status == AgreementStatus.WITHDRAWN) {
            return "agreement " + code + " was withdrawn on " + withdrawnOn;
        }
        if (day.isBefore(validFrom)) {
            return "agreement " + code + " is not in force before " + validFrom;
        }
        if (validUntil != null && day.isAfter(validUntil)) {
            return "agreement " + code + " expired on " + validUntil;
        }
        return null;
    }

    public boolean between(String countryA, String countryB) {
        return parties.contains(countryA) && parties.contains(countryB);
    }
}
