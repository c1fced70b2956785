package org.mekong.jtf.intel.rest.dto;

import jakarta.validation.GroupSequence;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mekong.jtf.common.validation.CountryCode;
import org.mekong.jtf.common.validation.ListBounds;
import org.mekong.jtf.common.web.Created;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.DeliveryStatus;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.HotlinePriority;
import org.mekong.jtf.intel.domain.HotlineStatus;
import org.mekong.jtf.intel.domain.Tlp;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** API shapes of the hotline. */
public final class HotlineDtos {

    private HotlineDtos() {
    }

    /**
     * A message to another agency ({@code to}), or to its liaison post in a country
     * ({@code toPostCountry}: e.g. TH-ONCB's counsellor in VN).
     */
    public record MessageSend(
            @NotNull @Pattern(regexp = Agencies.CODE, message = "must be an agency code such as TH-ONCB") String to,
            @CountryCode String toPostCountry,
            @NotNull HotlinePriority priority,
            @NotBlank @Size(max = 300) String subject,
            @NotBlank @Size(max = 20000) String body,
            UUID caseId,
            UUID intelReportId,
            @NotNull HandlingCode handling,
            @NotNull Tlp tlp,
            /** An answer deadline sooner or later than the priority's default (never before the acknowledgement one). */
            Instant answerBy) {
    }

    public record MessageTransition(@NotNull HotlineStatus status, @Size(max = 20000) String body) {
    }

    public record ReplySend(@NotBlank @Size(max = 20000) String body) {
    }

    public record ThreadEntry(long id, Instant occurredAt, String officerId, String agency, String type, String text) {
    }

    /**
     * A message; deadlines in UTC and, for convenience, in the reader's desk time zone
     * ({@code readerTimeZone}).
     */
    public record MessageView(UUID id, String reference, String fromAgency, String toAgency, String toPostCountry, String agreement,
                              HotlinePriority priority, String subject, String body, UUID caseId, UUID intelReportId,
                              HandlingCode handling, Tlp tlp, HotlineStatus status, Instant sentAt, Instant ackDeadline,
                              Instant answerDeadline, String readerTimeZone, OffsetDateTime ackDeadlineLocal,
                              OffsetDateTime answerDeadlineLocal, boolean overdue, int escalationLevel, Instant escalatedAt,
                              Instant acknowledgedAt, String acknowledgedBy, Instant answeredAt, String answeredBy,
                              Instant closedAt, String closedBy, String sentBy, List<ThreadEntry> thread, long version)
            implements Created.Identified, Created.Versioned {
    }

    @GroupSequence({ListBounds.class, DeskUpdate.class})
    public record DeskUpdate(
            @NotBlank @Size(max = 64) String timeZone,
            @NotNull LocalTime opensAt,
            @NotNull LocalTime closesAt,
            @NotNull @Size(max = 50, groups = ListBounds.class) Set<@NotBlank @Size(max = 128) String> onDuty) {
    }

    public record DeskView(String agency, String timeZone, String utcOffset, LocalTime opensAt, LocalTime closesAt, boolean openNow,
                           List<String> onDuty, long version) implements Created.Versioned {
    }

    public record WebhookCreate(
            @NotNull @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http or https URL") String url) {
    }

    /** The secret is shown once, when the webhook is registered. */
    public record WebhookView(UUID id, String agency, String url, boolean active, String secret, Instant createdAt)
            implements Created.Identified {
    }

    public record DeliveryView(long id, UUID webhookId, long eventId, DeliveryStatus status, int attempts, Instant nextAttemptAt,
                               String lastError, Instant deliveredAt) {
    }

    public record ResponseTimes(String counterpart, HotlinePriority priority, long messages, long acknowledged, long answered,
                                Double medianSecondsToAcknowledge, Double p90SecondsToAcknowledge, Double medianSecondsToAnswer,
                                Double p90SecondsToAnswer, double shareAcknowledgedInTime, double shareAnsweredInTime) {
    }

    /** How partners responded to what the agency sent, and how it responded to what it received. */
    public record Statistics(Instant from, Instant to, List<ResponseTimes> sent, List<ResponseTimes> received) {
    }

    /**
     * An alert a service of the suite raises on the feed of the agency its token speaks for. The id
     * is the raising service's own, so that delivering it again changes nothing.
     */
    public record AlertRaise(
            @NotNull UUID id,
            @NotNull org.mekong.jtf.intel.domain.HotlineAlertKind kind,
            UUID caseId,
            @Size(max = 32) String objectType,
            @Size(max = 64) String objectId,
            @NotBlank @Size(max = 300) String title,
            @NotBlank @Size(max = 2000) String body,
            @NotNull @jakarta.validation.constraints.PastOrPresent Instant occurredAt) {
    }

    public record AlertView(UUID id, String agency, org.mekong.jtf.intel.domain.HotlineAlertKind kind, String source, UUID caseId,
                            String objectType, String objectId, String title, String body, Instant occurredAt,
                            Instant receivedAt) implements Created.Identified {
    }
}
