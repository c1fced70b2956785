package org.mekong.jtf.intel.rest.dto;

import jakarta.validation.GroupSequence;
import org.mekong.jtf.intel.rest.dto.CorrelationDtos.EntityDto;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.validation.SubdivisionCode;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.ConsentStatus;
import org.mekong.jtf.intel.domain.CrossingKind;
import org.mekong.jtf.intel.domain.GradingScale;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.Purpose;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.ShareVia;
import org.mekong.jtf.intel.domain.SubstanceTag;
import org.mekong.jtf.intel.domain.Tlp;
import org.mekong.jtf.intel.domain.Verdict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of intelligence reports and early-warning notes (one shape: a note carries its earlyWarning part). */
public final class ReportDtos {

    private ReportDtos() {
    }

    private static final String AGENCY_MESSAGE = "must be an agency code such as TH-ONCB";

    public record WaypointDto(@NotNull @CountryCode String country, @Size(max = 200) String place, CrossingKind crossing) {
    }

    public record NamedOfficerDto(@NotNull @Pattern(regexp = Agencies.CODE, message = AGENCY_MESSAGE) String agency,
                                  @NotBlank @Size(max = 128) String officerId) {
    }

    public record PhotoDto(@NotBlank @Size(max = 255) String fileName,
                           @NotNull @Pattern(regexp = "image/[a-z0-9.+-]{1,60}", message = "must be an image media type such as image/jpeg") String mediaType,
                           @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be the SHA-256 of the image, 64 lower-case hex digits") String sha256,
                           @Positive @Max(200_000_000) long sizeBytes,
                           @PastOrPresent @HistoricalDate Instant takenAt,
                           @Size(max = 500) String caption) {
    }

    /** What is new about a substance or a tablet marking, where and when it was first seen. */
    @GroupSequence({ListBounds.class, EarlyWarningDto.class})
    public record EarlyWarningDto(@NotBlank @Size(max = 200) String substanceName,
                                  @Size(max = 100) String tabletLogo,
                                  @Size(max = 100) String colour,
                                  @Size(max = 200) String packagingMark,
                                  @NotNull @PastOrPresent @HistoricalDate Instant firstSeenAt,
                                  @NotNull @CountryCode String firstSeenCountry,
                                  @SubdivisionCode String firstSeenProvince,
                                  @Size(max = 300) String firstSeenPlace,
                                  @Size(max = 100) String seizureReference,
                                  @Size(max = 20, groups = ListBounds.class) List<@NotNull @Valid PhotoDto> photos) {
    }

    /**
     * One agency a report goes to, for a purpose, under an agreement in force between the two
     * countries (none within one country); a TLP:RED report also names the officers it is for.
     */
    @GroupSequence({ListBounds.class, ShareRequest.class})
    public record ShareRequest(@NotNull @Pattern(regexp = Agencies.CODE, message = AGENCY_MESSAGE) String agency,
                               @Size(max = 40) String agreement,
                               @NotNull Purpose purpose,
                               @Size(max = 20, groups = ListBounds.class) List<@NotBlank @Size(max = 128) String> officers,
                               @Size(max = 2000) String reason) {
    }

    @GroupSequence({ListBounds.class, ReportCreate.class})
    public record ReportCreate(
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 20000) String body,
            GradingScale gradingScale,
            @NotNull @Size(max = 1) String sourceReliability,
            @NotNull @Min(0) @Max(99) Integer informationCredibility,
            @NotNull Tlp tlp,
            @NotNull HandlingCode handling,
            @Size(max = 2000) String handlingConditions,
            @Size(max = 20, groups = ListBounds.class) List<@NotBlank @Size(max = 64) String> caseReferences,
            @Size(max = 12, groups = ListBounds.class) Set<@NotNull SubstanceTag> substances,
            @Size(max = 500) String smugglingMethod,
            @Size(max = 30, groups = ListBounds.class) List<@NotNull @Valid WaypointDto> route,
            LocalDate validUntil,
            @Size(max = 50, groups = ListBounds.class) List<@NotNull @Valid NamedOfficerDto> namedOfficers,
            @Size(max = 30, groups = ListBounds.class) List<@NotNull @Valid ShareRequest> distribution,
            @Valid EarlyWarningDto earlyWarning,
            /** Phones, plates, documents, accounts, tablet logos: matched against other reports once published. */
            @Size(max = 50, groups = ListBounds.class) List<@NotNull @Valid EntityDto> entities) {
    }

    /** A draft's fields left out (null) stay as they are; a list given replaces the old one; grading changes as a pair. */
    @GroupSequence({ListBounds.class, ReportUpdate.class})
    public record ReportUpdate(
            @Size(min = 1, max = 300) String title,
            @Size(min = 1, max = 20000) String body,
            GradingScale gradingScale,
            @Size(max = 1) String sourceReliability,
            @Min(0) @Max(99) Integer informationCredibility,
            Tlp tlp,
            HandlingCode handling,
            @Size(max = 2000) String handlingConditions,
            @Size(max = 20, groups = ListBounds.class) List<@NotBlank @Size(max = 64) String> caseReferences,
            @Size(max = 12, groups = ListBounds.class) Set<@NotNull SubstanceTag> substances,
            @Size(max = 500) String smugglingMethod,
            @Size(max = 30, groups = ListBounds.class) List<@NotNull @Valid WaypointDto> route,
            LocalDate validUntil,
            @Size(max = 50, groups = ListBounds.class) List<@NotNull @Valid NamedOfficerDto> namedOfficers,
            @Valid EarlyWarningDto earlyWarning,
            /** A list given replaces the draft's entities. */
            @Size(max = 50, groups = ListBounds.class) List<@NotNull @Valid EntityDto> entities) {
    }

    public record ReportTransition(@NotNull ReportStatus status, @Size(max = 1000) String reason) {
    }

    public record ConsentDecision(@NotNull Verdict decision, @Size(max = 2000) String reason) {
    }

    public record GradingView(String sourceReliability, int informationCredibility, String code, String gradedAs) {
    }

    public record WithdrawalView(Instant withdrawnAt, String withdrawnBy, String withdrawnByAgency, String reason) {
    }

    public record EarlyWarningView(String substanceName, String tabletLogo, String colour, String packagingMark, Instant firstSeenAt,
                                   String firstSeenCountry, String firstSeenProvince, String firstSeenPlace, String seizureReference,
                                   List<PhotoDto> photos) {
    }

    /**
     * One agency's access. {@code state}: ACTIVE; LAPSED when the agreement under it is no longer in
     * force ({@code lapsedBecause} says why); REVOKED.
     */
    public record ShareView(UUID id, UUID reportId, String agency, String country, String sharedByAgency, String agreement,
                            Purpose purpose, ShareVia via, String state, String lapsedBecause, Instant sharedAt, String sharedBy,
                            Instant revokedAt) implements Created.Identified {
    }

    public record ConsentView(UUID id, UUID reportId, String requestingAgency, String targetAgency, String agreement, Purpose purpose,
                              String reason, ConsentStatus status, String decidedBy, Instant decidedAt, String decisionReason,
                              UUID shareId, Instant requestedAt, String requestedBy, long version)
            implements Created.Identified, Created.Versioned {
    }

    /**
     * A share, or — when the report is H2 (or H1 and the purpose is prosecution) and a recipient
     * passes it on — the consent request standing in for it until the originator decides.
     */
    public record DistributionOutcome(ShareView share, ConsentView consentRequest) implements Created.Identified {
        @Override
        public Object id() {
            return share != null ? share.id() : consentRequest.id();
        }
    }

    public record ReportView(UUID id, String reference, ReportKind kind, String originatorAgency, String title, String body,
                             GradingView grading, Tlp tlp, HandlingCode handling, String handlingConditions,
                             List<String> caseReferences, List<SubstanceTag> substances, String smugglingMethod,
                             List<WaypointDto> route, LocalDate validUntil, ReportStatus status, Instant publishedAt,
                             WithdrawalView withdrawal, List<NamedOfficerDto> namedOfficers, List<ShareView> distribution,
                             EarlyWarningView earlyWarning, String createdBy, Instant createdAt, Instant updatedAt, long version)
            implements Created.Identified, Created.Versioned {
    }

    public record EventView(long id, Instant occurredAt, String officerId, String agency, String type, String summary,
                            String concernsAgency) {
    }

    /** A share the originator made or allowed that no longer grants access, and why. */
    public record LapsedShareView(UUID reportId, String reportReference, String reportTitle, ShareView share) {
    }
}
