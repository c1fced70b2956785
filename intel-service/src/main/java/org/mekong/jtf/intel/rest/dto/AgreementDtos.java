package org.mekong.jtf.intel.rest.dto;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.intel.domain.AgreementChange;
import org.mekong.jtf.intel.domain.AgreementKind;
import org.mekong.jtf.intel.domain.AgreementStatus;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.ProposalStatus;
import org.mekong.jtf.intel.domain.Purpose;
import org.mekong.jtf.intel.domain.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of agreements and the proposals that change them. */
public final class AgreementDtos {

    private AgreementDtos() {
    }

    public static final String CODE = "[A-Z0-9][A-Z0-9-]{2,39}";

    public record AgreementView(UUID id, String code, String title, AgreementKind kind, List<String> parties, List<Purpose> purposes,
                                HandlingCode maxHandling, LocalDate validFrom, LocalDate validUntil, AgreementStatus status,
                                LocalDate withdrawnOn, boolean inForce, String notInForceBecause, String notes, Instant updatedAt,
                                long version) implements Created.Identified, Created.Versioned {
    }

    /**
     * A change to propose. CREATE names every field but validUntil; AMEND names the agreement and
     * the fields that change; WITHDRAW names the agreement only. Always a reason.
     */
    @GroupSequence({ListBounds.class, ProposalCreate.class})
    public record ProposalCreate(
            @NotNull AgreementChange change,
            @Pattern(regexp = CODE, message = "must be an agreement code such as VN-TH-1998") String agreement,
            @Pattern(regexp = CODE, message = "must be an agreement code such as VN-TH-1998") String code,
            @Size(min = 1, max = 300) String title,
            AgreementKind kind,
            @Size(min = 2, max = 30, groups = ListBounds.class) Set<@NotNull @CountryCode String> parties,
            @Size(min = 1, max = 10, groups = ListBounds.class) Set<@NotNull Purpose> purposes,
            HandlingCode maxHandling,
            @HistoricalDate LocalDate validFrom,
            @HistoricalDate LocalDate validUntil,
            @NotBlank @Size(max = 2000) String reason) {
    }

    public record ProposalDecision(@NotNull Verdict decision, @Size(max = 2000) String reason) {
    }

    public record ApprovalView(String country, String agency, String officerId, Instant approvedAt) {
    }

    public record ProposalView(UUID id, String agreement, AgreementChange change, String code, String title, AgreementKind kind,
                               List<String> parties, List<Purpose> purposes, HandlingCode maxHandling, LocalDate validFrom,
                               LocalDate validUntil, String reason, String proposerAgency, String proposedBy, Instant proposedAt,
                               ProposalStatus status, List<ApprovalView> approvals, List<String> awaitingCountries,
                               Instant decidedAt, String rejectedBy, String rejectedByAgency, String rejectionReason, long version)
            implements Created.Identified, Created.Versioned {
    }
}
