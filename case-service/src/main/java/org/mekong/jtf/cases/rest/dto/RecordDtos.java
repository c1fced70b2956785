package org.mekong.jtf.cases.rest.dto;

import jakarta.validation.GroupSequence;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.web.Created;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.cases.domain.AssetType;
import org.mekong.jtf.cases.domain.ExtraditionStatus;
import org.mekong.jtf.cases.domain.LegalBasis;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.domain.Substance;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.CurrencyCode;
import org.mekong.jtf.common.validation.SubdivisionCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.mekong.jtf.cases.rest.dto.CaseDtos.AGENCY_CODE;

/** API shapes of arrests, seizures, seized assets and extraditions. Times are ISO-8601 UTC. */
public final class RecordDtos {

    private RecordDtos() {
    }

    /** arrestingAgency defaults to the caller's agency. */
    public record ArrestCreate(
            @NotNull UUID subjectId,
            @Pattern(regexp = AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String arrestingAgency,
            @NotNull @CountryCode String country,
            @SubdivisionCode String province,
            @Size(max = 300) String place,
            @NotNull @PastOrPresent @HistoricalDate Instant arrestedAt,
            @Size(max = 2000) String notes) {
    }

    /** foreigner: the subject's nationality differs from the country of arrest. */
    public record ArrestView(UUID id, UUID caseId, UUID subjectId, String arrestingAgency, String country,
                             String province, String place, Instant arrestedAt, boolean foreigner, String notes,
                             Instant createdAt) implements Created.Identified {
    }

    /** seizingAgencies defaults to the caller's agency; several agencies make a joint seizure, counted once. */
    @GroupSequence({ListBounds.class, SeizureCreate.class})
    public record SeizureCreate(
            /** The person of the case the seizure is linked to (asset recovery), if any. */
            UUID subjectId,
            @NotNull Substance substance,
            @Size(max = 200) String substanceName,
            @NotNull @Positive @Digits(integer = 15, fraction = 3) BigDecimal quantity,
            @NotNull QuantityUnit unit,
            @Positive @DecimalMax("10000") @Digits(integer = 7, fraction = 3) BigDecimal tabletWeightMg,
            @Size(min = 1, max = 10, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String> seizingAgencies,
            @NotNull @CountryCode String country,
            @SubdivisionCode String province,
            @Size(max = 300) String place,
            @NotNull @PastOrPresent @HistoricalDate Instant seizedAt,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) BigDecimal purityPercent,
            @Size(max = 100) String tabletLogo,
            @Size(max = 500) String packagingMarks,
            @Size(max = 2000) String forensicNotes) {
    }

    public record SeizureView(UUID id, UUID caseId, UUID subjectId, Substance substance, String substanceName, BigDecimal quantity,
                              QuantityUnit unit, BigDecimal tabletWeightMg, BigDecimal kgEquivalent,
                              List<String> seizingAgencies, String country, String province, String place,
                              Instant seizedAt, BigDecimal purityPercent, String tabletLogo, String packagingMarks,
                              String forensicNotes, Instant createdAt) implements Created.Identified {
    }

    /** For CASH, estimatedValue is the face amount and currency is required. */
    public record AssetCreate(
            /** The person of the case the asset belongs to (asset recovery), if any. */
            UUID subjectId,
            @NotNull AssetType type,
            @Size(max = 500) String description,
            @NotNull @Positive @Max(1_000_000) Integer count,
            @PositiveOrZero @Digits(integer = 16, fraction = 2) BigDecimal estimatedValue,
            @CurrencyCode String currency,
            @Pattern(regexp = AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String seizingAgency,
            @NotNull @CountryCode String country,
            @NotNull @PastOrPresent @HistoricalDate Instant seizedAt,
            /** A vehicle's plate; its country defaults to the asset's. */
            @Size(max = 20) String plate,
            @CountryCode String plateCountry,
            @Size(max = 17) String vin,
            @Size(max = 40) String vesselRegistration,
            @Size(max = 64) String accountNumber) {
    }

    public record AssetView(UUID id, UUID caseId, UUID subjectId, AssetType type, String description, int count,
                            BigDecimal estimatedValue, String currency, String seizingAgency, String country,
                            Instant seizedAt, String plate, String plateCountry, String vin, String vesselRegistration,
                            String accountNumber, Instant createdAt) implements Created.Identified {
    }

    public record ExtraditionCreate(
            @NotNull UUID subjectId,
            /** EXTRADITION when left out; DEPORTATION and BORDER_HANDOVER have their own steps and no treaty clocks. */
            org.mekong.jtf.cases.domain.TransferKind kind,
            @NotNull @CountryCode String requestingCountry,
            @NotNull @CountryCode String requestedCountry,
            @NotNull LegalBasis legalBasis,
            @Size(max = 300) String agreement,
            /** A seeded legal basis (GET /api/extraditions/bases) whose deadlines are the defaults. */
            @Size(max = 40) String basis,
            /** Days the formal request may follow a provisional arrest: this request's, over the basis's. */
            @jakarta.validation.constraints.Min(1) @Max(365) Integer formalRequestDays,
            /** Days surrender may take once approved: this request's, over the basis's. */
            @jakarta.validation.constraints.Min(1) @Max(365) Integer surrenderDays,
            @NotNull @PastOrPresent @HistoricalDate LocalDate requestedOn,
            @Size(max = 2000) String notes) {
    }

    public record ExtraditionTransition(
            @NotNull ExtraditionStatus status,
            @NotNull @PastOrPresent @HistoricalDate LocalDate on,
            /** Required with REFUSED. */
            org.mekong.jtf.cases.domain.RefusalGround refusalGround,
            /** Required with SURRENDERED: where the person was handed over. */
            @Size(max = 300) String handoverPlace,
            /** With SURRENDERED: the agencies that escorted the person. */
            @Size(max = 10) List<@Pattern(regexp = CaseDtos.AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String> escortingAgencies,
            @Size(max = 2000) String notes) {
    }

    /**
     * One deadline of a request: from the step that starts it, so many days; RUNNING with the days
     * left, MET (the next step came in time or late: metOn says when), or OVERDUE since dueOn, with
     * when the deadline clock raised it.
     */
    public record ClockView(String step, LocalDate startedOn, int days, LocalDate dueOn, String state, Long daysLeft,
                            LocalDate metOn, Instant raisedAt) {
    }

    public record ExtraditionView(UUID id, UUID caseId, UUID subjectId, org.mekong.jtf.cases.domain.TransferKind kind, String requestingCountry,
                                  String requestedCountry, LegalBasis legalBasis, String agreement, String basis,
                                  int formalRequestDays, int surrenderDays,
                                  ExtraditionStatus status, LocalDate requestedOn, LocalDate provisionalArrestOn,
                                  LocalDate formalRequestOn, LocalDate decidedOn, LocalDate surrenderedOn,
                                  org.mekong.jtf.cases.domain.RefusalGround refusalGround, String handoverPlace,
                                  List<String> escortingAgencies, List<ClockView> clocks, boolean overdue,
                                  String notes, Instant createdAt,
                                  Instant updatedAt, long version) implements Created.Identified, Created.Versioned {
    }

    /** A legal basis and the deadlines it sets by default. */
    public record ExtraditionBasisView(String code, String title, LegalBasis legalBasis, int formalRequestDays,
                                       int surrenderDays, String source) {
    }
}
