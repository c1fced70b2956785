package org.mekong.jtf.taskforces.rest.dto;

import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.HistoricalDate;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.validation.SubdivisionCode;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.taskforces.domain.MemberRole;
import org.mekong.jtf.taskforces.domain.PlaceKind;
import org.mekong.jtf.taskforces.domain.TaskForceStatus;
import org.mekong.jtf.taskforces.domain.TaskPriority;
import org.mekong.jtf.taskforces.domain.TaskStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of the roster, task forces, members, deployments and tasks. */
public final class TaskForceDtos {

    private TaskForceDtos() {
    }

    public static final String OFFICER_ID = "[\\p{L}\\p{N}._@:-]{1,128}";
    private static final String LANGUAGE = "[a-z]{2}";
    private static final String SPECIALTY = "[a-z][a-z-]{1,39}";

    // --- roster

    /** An officer of the caller's own agency. */
    @GroupSequence({ListBounds.class, OfficerCreate.class})
    public record OfficerCreate(
            @NotNull @Pattern(regexp = OFFICER_ID, message = "must be the officer's id as their tokens carry it (sub)") String officerId,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 100) String rank,
            @NotEmpty @Size(max = 12, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = LANGUAGE, message = "must be an ISO 639-1 code such as vi, th, lo, km, en") String> languages,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = SPECIALTY, message = "must be a lower-case word such as surveillance or financial-investigation") String> specialties) {
    }

    /** Fields left out stay as they are; a list given replaces the old one. */
    @GroupSequence({ListBounds.class, OfficerUpdate.class})
    public record OfficerUpdate(
            @Size(min = 1, max = 200) String name,
            @Size(max = 100) String rank,
            @Size(min = 1, max = 12, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = LANGUAGE, message = "must be an ISO 639-1 code such as vi, th, lo, km, en") String> languages,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = SPECIALTY, message = "must be a lower-case word such as surveillance or financial-investigation") String> specialties) {
    }

    public record OfficerView(String officerId, String name, String agency, String country, String rank, List<String> languages,
                              List<String> specialties, Instant updatedAt, long version)
            implements Created.Identified, Created.Versioned {
        @Override
        public Object id() {
            return officerId;
        }
    }

    // --- task forces

    @GroupSequence({ListBounds.class, TaskForceCreate.class})
    public record TaskForceCreate(
            @NotBlank @Size(max = 200) String name,
            @NotBlank @Size(max = 4000) String mandate,
            @Size(max = 20, groups = ListBounds.class) List<@NotNull UUID> cases) {
    }

    public record TaskForceUpdate(@Size(min = 1, max = 200) String name, @Size(min = 1, max = 4000) String mandate) {
    }

    public record TaskForceTransition(@NotNull TaskForceStatus status, @Size(max = 1000) String reason) {
    }

    public record CaseLink(@NotNull UUID caseId) {
    }

    public record LinkedCaseView(UUID caseId, String caseReference, String leadAgency, Instant linkedAt, String linkedBy) {
    }

    public record MemberAdd(
            @NotNull @Pattern(regexp = OFFICER_ID, message = "must be an officer id of the roster") String officerId,
            @NotNull MemberRole role,
            @NotNull @Pattern(regexp = OFFICER_ID, message = "must be an officer id of the roster") String reportsTo) {
    }

    public record MemberView(UUID id, String officerId, String name, String agency, String country, MemberRole role, String reportsTo,
                             List<String> languages, Instant joinedAt, Instant leftAt, String leftReason) implements Created.Identified {
    }

    public record TaskForceView(UUID id, String reference, String name, String mandate, String leadAgency, TaskForceStatus status,
                                List<LinkedCaseView> cases, List<MemberView> members, List<String> countries,
                                Instant createdAt, Instant updatedAt, long version) implements Created.Identified, Created.Versioned {
    }

    public record EventView(long id, Instant occurredAt, String officerId, String agency, String type, String summary) {
    }

    // --- deployments

    @GroupSequence({ListBounds.class, DeploymentCreate.class})
    public record DeploymentCreate(
            @NotNull @CountryCode String country,
            @SubdivisionCode String province,
            @NotBlank @Size(max = 300) String placeName,
            @DecimalMin("-90") @DecimalMax("90") BigDecimal latitude,
            @DecimalMin("-180") @DecimalMax("180") BigDecimal longitude,
            @NotNull PlaceKind kind,
            @NotNull @HistoricalDate Instant startsAt,
            @NotNull @HistoricalDate Instant endsAt,
            @NotEmpty @Size(max = 100, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = OFFICER_ID, message = "must be an officer id") String> officers,
            /** Deploy even though the members share no language and none is an interpreter. */
            Boolean languageGapAccepted) {
    }

    public record DeploymentView(UUID id, UUID taskForceId, String country, String province, String placeName, BigDecimal latitude,
                                 BigDecimal longitude, PlaceKind kind, Instant startsAt, Instant endsAt, List<String> officers,
                                 List<String> commonLanguages, boolean languageGap, boolean interpreterPresent, long version)
            implements Created.Identified, Created.Versioned {
    }

    // --- tasks

    @GroupSequence({ListBounds.class, TaskCreate.class})
    public record TaskCreate(
            @NotBlank @Size(max = 300) String title,
            @Size(max = 4000) String description,
            @Size(max = 20, groups = ListBounds.class) Set<@NotNull @Pattern(regexp = OFFICER_ID, message = "must be an officer id") String> assignees,
            @HistoricalDate Instant dueAt,
            @NotNull TaskPriority priority,
            UUID caseId,
            UUID intelReportId) {
    }

    public record TaskTransition(@NotNull TaskStatus status, @Size(max = 1000) String reason) {
    }

    public record TaskView(UUID id, UUID taskForceId, String title, String description, List<String> assignees, Instant dueAt,
                           TaskPriority priority, TaskStatus status, String blockedReason, UUID caseId, UUID intelReportId,
                           Instant doneAt, boolean overdue, Instant createdAt, long version) implements Created.Identified, Created.Versioned {
    }
}
