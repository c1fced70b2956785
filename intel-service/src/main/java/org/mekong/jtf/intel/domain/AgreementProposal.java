package org.mekong.jtf.intel.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * A proposed change to an agreement, by a supervisor of an agency of a party country. No agency
 * changes an agreement alone: the change is applied once a supervisor of every other party country
 * (of the agreement as it is and as it would be) has approved it, and any of them may reject it.
 * The proposals of an agreement are its history. Fields left null in an amendment stay as they are.
 */
@Entity
@Table(name = "agreement_proposal")
public class AgreementProposal extends AgreementTerms {

    @Column(name = "agreement_id")
    public UUID agreementId;

    @Enumerated(EnumType.STRING)
    public AgreementChange change;

    public String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_proposal_party", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "country")
    public Set<String> parties = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_proposal_purpose", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "purpose")
    @Enumerated(EnumType.STRING)
    public Set<Purpose> purposes = new HashSet<>();

    public String reason;

    @Column(name = "proposer_agency")
    public String proposerAgency;

    @Column(name = "proposer_country")
    public String proposerCountry;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_approval", joinColumns = @JoinColumn(name = "proposal_id"))
    public List<Approval> approvals = new ArrayList<>();

    /** Every country whose approval the change needs (the proposer's included: proposing is approving). */
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "agreement_proposal_approver", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "country")
    public Set<String> approvers = new HashSet<>();

    @Enumerated(EnumType.STRING)
    public ProposalStatus status;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "rejected_by")
    public String rejectedBy;

    @Column(name = "rejected_by_agency")
    public String rejectedByAgency;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    /** Party countries whose approval is still missing. */
    public Set<String> awaiting() {
        Set<String> awaiting = new TreeSet<>(approvers);
        approvals.forEach(a -> awaiting.remove(a.country));
        return awaiting;
    }
}
