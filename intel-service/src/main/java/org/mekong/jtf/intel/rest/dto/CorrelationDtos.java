package org.mekong.jtf.intel.rest.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.intel.domain.EntityType;

import java.time.Instant;
import java.util.UUID;

/** API shapes of the entities a report names and of the hits between them. */
public final class CorrelationDtos {

    private CorrelationDtos() {
    }

    /** country: a plate's (required), a phone's region (default: the reporting agency's country). */
    public record EntityDto(@NotNull EntityType type, @NotBlank @Size(max = 300) String value, @CountryCode String country) {
    }

    /** An entity as kept: what was reported and what it is matched by. */
    public record EntityView(UUID id, EntityType type, String value, String country, String matchedAs) {
    }

    /** The other report of a hit, shown only when the caller may see it. */
    public record MatchedReport(UUID id, String reference, String title, String originatorAgency) {
    }

    /**
     * A hit from the side of the report asked about. LINKED: the caller may see the other report,
     * which is named. HELD_ELSEWHERE: another agency holds a matching record the caller may not see —
     * only that agency and how to ask for it are given, never its content (Prüm's hit/no-hit).
     */
    public record HitView(UUID id, String visibility, EntityType type, UUID entityId, String explanation, MatchedReport matched,
                          String heldBy, String howToRequest, String warning, Instant createdAt) {
    }

    public record ExclusionCreate(@NotNull EntityType type, @NotBlank @Size(max = 300) String value, @CountryCode String country,
                                  /** NEVER: raises nothing; WARN: raises the hit with the reason beside it. */
                                  @NotNull @jakarta.validation.constraints.Pattern(regexp = "NEVER|WARN", message = "must be NEVER or WARN") String mode,
                                  @NotBlank @Size(max = 300) String reason) {
    }

    public record ExclusionView(String matchedAs, EntityType type, String mode, String reason) {
    }
}
