package org.mekong.jtf.intel.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.intel.domain.EntityType;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API shapes of the entities a report names and of the hits between them. */
public final class CorrelationDtos {

    private CorrelationDtos() {
    }

    /**
     * country: a plate's (required), a phone's region (default: the reporting agency's country), a
     * person's nationality. birthYear: a person's, where known.
     */
    public record EntityDto(@NotNull EntityType type, @NotBlank @Size(max = 300) String value, @CountryCode String country,
                            @jakarta.validation.constraints.Min(1900) @jakarta.validation.constraints.Max(2100) Integer birthYear) {
    }

    /** An entity as kept: what was reported and what it is matched by. */
    public record EntityView(UUID id, EntityType type, String value, String country, String matchedAs) {
    }

    /**
     * The other side of a hit, shown only when the caller may see it: a REPORT (id, reference, title)
     * or a CASE_RECORD (a subject, seized asset or seizure of a case: its id, the case's reference and
     * id, what the record is).
     */
    public record Matched(String kind, UUID id, String reference, String title, String agency, UUID caseId, String recordType) {
    }

    /**
     * A hit from the side of the report asked about. LINKED: the caller may see the other report,
     * which is named. HELD_ELSEWHERE: another agency holds a matching record the caller may not see —
     * only that agency and how to ask for it are given, never its content (Prüm's hit/no-hit).
     */
    public record HitView(UUID id, String visibility, EntityType type, UUID entityId, String explanation, Matched matched,
                          String heldBy, String howToRequest, String warning, Instant createdAt,
                          /** CONFIRMED or REJECTED by an analyst of either side, with the reason; null while undecided. */
                          String verdict, String verdictReason,
                          /** HIT, or POSSIBLE: a name alone, without a second agreeing attribute (shown only when LINKED). */
                          String strength) {
    }

    public record HitDecision(
            @NotNull @jakarta.validation.constraints.Pattern(regexp = "CONFIRMED|REJECTED", message = "must be CONFIRMED or REJECTED") String verdict,
            @NotBlank @Size(max = 500) String reason) {
    }

    public record DecisionView(UUID hitId, String verdict, String reason, String decidedBy, String decidedByAgency, Instant decidedAt) {
    }

    /**
     * What a value is in the index, for the caller: the records it may see that name it, and the
     * agencies that hold it in records it may not see (only their names: hit/no-hit).
     */
    public record EntitySearchView(EntityType type, String matchedAs, List<Matched> records, List<String> heldElsewhereBy,
                                   boolean tooCommon) {
    }

    public record ExclusionCreate(@NotNull EntityType type, @NotBlank @Size(max = 300) String value, @CountryCode String country,
                                  /** NEVER: raises nothing; WARN: raises the hit with the reason beside it. */
                                  @NotNull @jakarta.validation.constraints.Pattern(regexp = "NEVER|WARN", message = "must be NEVER or WARN") String mode,
                                  @NotBlank @Size(max = 300) String reason) {
    }

    public record ExclusionView(String matchedAs, EntityType type, String mode, String reason) {
    }

    /**
     * A subject, seized asset or seizure of a case as the case service sends it (its machine identity,
     * speaking for the case's lead agency), with the case's participants: a delivery older than the
     * last applied (seq, caseSeq) changes nothing.
     */
    @jakarta.validation.GroupSequence({org.mekong.jtf.common.validation.ListBounds.class, CaseRecordSync.class})
    public record CaseRecordSync(
            @NotNull UUID caseId,
            @NotBlank @Size(max = 64) String caseReference,
            @NotBlank @Size(max = 300) String label,
            @NotNull @jakarta.validation.constraints.PositiveOrZero Long seq,
            @NotNull @Size(min = 1, max = 50, groups = org.mekong.jtf.common.validation.ListBounds.class)
            java.util.Set<@NotNull @jakarta.validation.constraints.Pattern(regexp = org.mekong.jtf.intel.domain.Agencies.CODE,
                    message = "must be an agency code such as TH-ONCB") String> participants,
            @NotNull @jakarta.validation.constraints.PositiveOrZero Long caseSeq,
            @Size(max = 50, groups = org.mekong.jtf.common.validation.ListBounds.class) java.util.List<@NotNull @jakarta.validation.Valid EntityDto> entities) {
    }

    /** A case's participants changed: who may see its records' mentions changes with them. */
    public record ParticipantsSync(
            @NotNull @Size(min = 1, max = 50) java.util.Set<@NotNull @jakarta.validation.constraints.Pattern(regexp = org.mekong.jtf.intel.domain.Agencies.CODE,
                    message = "must be an agency code such as TH-ONCB") String> participants,
            @NotNull @jakarta.validation.constraints.PositiveOrZero Long seq) {
    }

    /** What a sync did: APPLIED, or STALE (an older delivery than what is kept: nothing changed). */
    public record SyncView(String outcome, int mentions, int hitsRaised) {
    }
}
