package org.mekong.jtf.cases.rest.dto;

import jakarta.validation.GroupSequence;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.web.Created;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.cases.domain.CaseStatus;
import org.mekong.jtf.cases.domain.Priority;
import org.mekong.jtf.cases.domain.Tlp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of joint cases. */
public final class CaseDtos {

    private CaseDtos() {
    }

    public static final String AGENCY_CODE = "[A-Z]{2}-[A-Z0-9]{2,12}";

    /** The caller's agency leads the new case and is always a participant. */
    @GroupSequence({ListBounds.class, CaseCreate.class})
    public record CaseCreate(
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String summary,
            @NotNull Priority priority,
            @NotNull Tlp tlp,
            @NotNull @PastOrPresent @HistoricalDate LocalDate openedOn,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String> participatingAgencies) {
    }

    /** Fields left out (null) stay as they are. */
    public record CaseUpdate(
            @Size(min = 1, max = 200) String title,
            @Size(max = 4000) String summary,
            Priority priority,
            Tlp tlp) {
    }

    public record CaseTransition(@NotNull CaseStatus status, @Size(max = 1000) String reason) {
    }

    public record ParticipantAdd(@NotNull @Pattern(regexp = AGENCY_CODE, message = "must be an agency code such as TH-ONCB") String agency) {
    }

    public record CaseView(UUID id, String reference, String title, String summary, Priority priority, Tlp tlp,
                           CaseStatus status, String leadAgency, List<String> participatingAgencies, LocalDate openedOn,
                           LocalDate closedOn, Instant createdAt, Instant updatedAt, long version) implements Created.Identified, Created.Versioned {
    }

    public record EventView(long id, Instant occurredAt, String officerId, String agency, String type, String summary,
                            String objectType, String objectId) {
    }

    public record AgencyView(String code, String name, String country) {
    }
}
