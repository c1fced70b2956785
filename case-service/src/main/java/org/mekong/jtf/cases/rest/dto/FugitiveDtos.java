package org.mekong.jtf.cases.rest.dto;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.cases.domain.AssetType;
import org.mekong.jtf.cases.domain.InternationalRequestKind;
import org.mekong.jtf.cases.domain.InternationalRequestStatus;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.domain.RefusalGround;
import org.mekong.jtf.cases.domain.SubjectStatus;
import org.mekong.jtf.cases.domain.Substance;
import org.mekong.jtf.cases.domain.TransferKind;
import org.mekong.jtf.cases.domain.WarrantStatus;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.validation.SubdivisionCode;
import org.mekong.jtf.common.web.Created;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** API shapes of wanted persons: warrants, international requests, the wanted list, sightings, assets, figures. */
public final class FugitiveDtos {

    private FugitiveDtos() {
    }

    /** addressedTo is required for a bilateral request and meaningless for INTERPOL's notices. */
    public record InternationalRequestCreate(
            @NotNull InternationalRequestKind kind,
            @CountryCode String addressedTo,
            @Size(max = 100) String reference,
            @NotNull @PastOrPresent @HistoricalDate LocalDate requestedOn,
            @Size(max = 2000) String notes) {
    }

    /** issuingCountry defaults to the caller's country. */
    @GroupSequence({ListBounds.class, WarrantCreate.class})
    public record WarrantCreate(
            @NotNull UUID subjectId,
            @CountryCode String issuingCountry,
            @NotBlank @Size(max = 300) String issuingAuthority,
            @NotNull @PastOrPresent @HistoricalDate LocalDate issuedOn,
            @NotBlank @Size(max = 500) String offence,
            @NotBlank @Size(max = 100) String reference,
            /** How a partner that finds the person should ask (a desk, a channel); shown to partners outside the case. */
            @Size(max = 300) String contact,
            @Size(max = 5, groups = ListBounds.class) List<@NotNull @Valid InternationalRequestCreate> requests) {
    }

    public record WarrantTransition(@NotNull WarrantStatus status, @Size(max = 500) String reason) {
    }

    public record InternationalRequestTransition(
            @NotNull InternationalRequestStatus status,
            @NotNull @PastOrPresent @HistoricalDate LocalDate on,
            /** The notice or request number, when it is issued. */
            @Size(max = 100) String reference,
            @Size(max = 2000) String notes) {
    }

    public record InternationalRequestView(UUID id, UUID warrantId, InternationalRequestKind kind, String addressedTo,
                                           String reference, InternationalRequestStatus status, LocalDate requestedOn,
                                           LocalDate statusOn, String notes, Instant createdAt, Instant updatedAt,
                                           long version) implements Created.Identified, Created.Versioned {
    }

    public record WarrantView(UUID id, UUID caseId, UUID subjectId, String issuingCountry, String issuingAuthority,
                              LocalDate issuedOn, String offence, String reference, WarrantStatus status, String contact,
                              List<InternationalRequestView> requests, Instant createdAt, Instant updatedAt,
                              long version) implements Created.Identified, Created.Versioned {
    }

    /** The person behind a wanted entry, shown only to the agencies of the case. */
    public record WantedPerson(UUID subjectId, UUID caseId, String caseReference, String fullName, List<String> aliases,
                               String nationality, LocalDate dateOfBirth, SubjectStatus status) {
    }

    /**
     * One match of a search of the wanted list. HIT: a document number, or a name with a second
     * agreeing attribute; POSSIBLE: a name alone. An agency outside the case gets only who wants the
     * person and how to ask (person and warrant are null); reasons then speak of what it searched with.
     */
    public record WantedEntry(UUID wantedId, String match, List<String> reasons, String wantedBy, String contactAgency,
                              String howToAsk, WantedPerson person, WarrantView warrant) {
    }

    /** HIT, POSSIBLE (names only) or NO_HIT; entries best first. */
    public record WantedSearchResult(String result, List<WantedEntry> entries) {
    }

    public record SightingCreate(
            @NotNull @CountryCode String country,
            @SubdivisionCode String province,
            @Size(max = 300) String place,
            @NotNull @PastOrPresent @HistoricalDate Instant seenAt,
            /** Admiralty source reliability A–F. */
            @NotNull @Pattern(regexp = "[A-F]", message = "must be a source reliability A to F") String sourceReliability,
            /** Admiralty information credibility 1–6. */
            @NotNull @Pattern(regexp = "[1-6]", message = "must be an information credibility 1 to 6") String informationCredibility,
            @Size(max = 2000) String notes) {
    }

    public record SightingView(UUID id, UUID wantedId, String recordingAgency, String country, String province, String place,
                               Instant seenAt, String sourceReliability, String informationCredibility, String notes,
                               Instant createdAt) implements Created.Identified {
    }

    /** Another subject record taken for the same person, and why. */
    public record LinkedSubject(UUID subjectId, UUID caseId, String caseReference, String fullName, String why) {
    }

    public record RecoveredSeizure(UUID id, UUID caseId, String caseReference, UUID subjectId, Substance substance,
                                   BigDecimal quantity, QuantityUnit unit, BigDecimal kgEquivalent, String country,
                                   Instant seizedAt) {
    }

    public record RecoveredAsset(UUID id, UUID caseId, String caseReference, UUID subjectId, AssetType type,
                                 String description, int count, BigDecimal estimatedValue, String currency, String country,
                                 Instant seizedAt) {
    }

    /** What has been seized from a person where, in which case; values summed per currency, never converted. */
    public record AssetRecoveryView(UUID subjectId, String fullName, List<LinkedSubject> samePerson,
                                    List<RecoveredSeizure> seizures, List<RecoveredAsset> assets,
                                    Map<String, BigDecimal> valueByCurrency) {
    }

    /** IN: to the country (it asked); OUT: from it (it was asked). */
    public record TransferCount(String direction, String counterpart, TransferKind kind, long persons) {
    }

    public record RefusalCount(String direction, String counterpart, RefusalGround ground, long requests) {
    }

    /** The figures a bilateral conference compares, over the cases the reading agency takes part in. */
    public record FugitiveStatisticsView(String country, LocalDate from, LocalDate to, long wanted, long located,
                                         long arrestedAbroad, List<TransferCount> transfers, List<RefusalCount> refusals,
                                         Double medianDaysArrestToHandoverIn, Double medianDaysArrestToHandoverOut) {
    }
}
