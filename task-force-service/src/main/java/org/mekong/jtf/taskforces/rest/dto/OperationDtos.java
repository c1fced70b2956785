package org.mekong.jtf.taskforces.rest.dto;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.validation.SubdivisionCode;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.taskforces.domain.ResultKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of joint operations and their results. */
public final class OperationDtos {

    private OperationDtos() {
    }

    @GroupSequence({ListBounds.class, OperationCreate.class})
    public record OperationCreate(
            @NotBlank @Size(max = 200) String name,
            @Size(max = 4000) String description,
            @NotNull @HistoricalDate LocalDate startsOn,
            @NotNull @HistoricalDate LocalDate endsOn,
            @NotBlank @Size(max = 500) String area,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{2,16}", message = "must be an agency code such as LA-MPS") String> agencies,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull UUID> taskForces,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull UUID> cases) {
    }

    /**
     * An ARREST or SEIZURE names the case and the record of the case service; a POPPY_ERADICATION
     * gives the province and the hectares identified and destroyed.
     */
    public record ResultCreate(
            @NotNull ResultKind kind,
            UUID caseId,
            UUID recordId,
            @SubdivisionCode String province,
            @PastOrPresent @HistoricalDate LocalDate on,
            @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal hectaresIdentified,
            @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 2) BigDecimal hectaresDestroyed) {
    }

    public record OperationView(UUID id, String name, String description, String leadAgency, LocalDate startsOn, LocalDate endsOn,
                                String area, List<String> agencies, List<UUID> taskForces, List<UUID> cases, long version)
            implements Created.Identified, Created.Versioned {
    }

    public record ResultView(UUID id, UUID operationId, ResultKind kind, String recordedByAgency, String province, LocalDate on,
                             UUID caseId, UUID recordId, String substance, BigDecimal quantity, String unit,
                             BigDecimal hectaresIdentified, BigDecimal hectaresDestroyed) implements Created.Identified {
    }

    /** Seized quantities in their own units, never converted. */
    public record SeizureTotal(String substance, String unit, long seizures, BigDecimal quantity) {
    }

    public record ProvinceTotal(String province, long arrests, List<SeizureTotal> seizures, BigDecimal hectaresIdentified,
                                BigDecimal hectaresDestroyed) {
    }

    /** Results of one operation, or of every operation visible to the caller in a period, in native units. */
    public record ResultsReport(UUID operationId, LocalDate from, LocalDate to, long arrests, List<SeizureTotal> seizures,
                                BigDecimal hectaresIdentified, BigDecimal hectaresDestroyed, List<ProvinceTotal> byProvince) {
    }
}
