package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.ids.RandomReferences;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.Problem;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.config.HotlineConfig;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.HotlineDesk;
import org.mekong.jtf.intel.domain.HotlineMessage;
import org.mekong.jtf.intel.domain.HotlineReply;
import org.mekong.jtf.intel.domain.HotlineStatus;
import org.mekong.jtf.intel.repository.AgreementRepository;
import org.mekong.jtf.intel.repository.DeskRepository;
import org.mekong.jtf.intel.repository.HotlineMessageRepository;
import org.mekong.jtf.intel.repository.HotlineReplyRepository;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageSend;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageTransition;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.MessageView;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.ReplySend;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.ResponseTimes;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.Statistics;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.ThreadEntry;
import org.mekong.jtf.intel.domain.HotlinePriority;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Hotline messages: sent under an agreement in force between the two countries, acknowledged and
 * answered by the receiving agency only, closed by the sender only; replies from either side. Every
 * step is on the thread, on both agencies' feeds and in the audit log of the sending agency.
 */
@ApplicationScoped
@RunsToCompletion
public class HotlineService {

    static final String MESSAGE = "hotline-message";

    private final HotlineMessageRepository messages;
    private final HotlineReplyRepository replies;
    private final AgreementRepository agreements;
    private final DeskRepository desks;
    private final HotlineEvents events;
    private final HotlineClock clock;
    private final HotlineConfig config;
    private final AuditLog audit;

    public HotlineService(HotlineMessageRepository messages, HotlineReplyRepository replies, AgreementRepository agreements,
                          DeskRepository desks, HotlineEvents events, HotlineClock clock, HotlineConfig config, AuditLog audit) {
        this.messages = messages;
        this.replies = replies;
        this.agreements = agreements;
        this.desks = desks;
        this.events = events;
        this.clock = clock;
        this.config = config;
        this.audit = audit;
    }

    @WithTransaction
    @IdempotentCreate(MESSAGE)
    public Uni<MessageView> send(Caller caller, MessageSend request) {
        if (request.to().equals(caller.agency())) {
            throw ProblemException.badRequest("to", "a hotline message goes to another agency");
        }
        Instant now = clock.now();
        String toCountry = Agencies.countryOf(request.to());
        return legalBasis(caller.country(), toCountry, request).flatMap(agreement -> {
            HotlineMessage m = new HotlineMessage();
            m.created(caller);
            m.reference = RandomReferences.next("HL", now.atZone(ZoneOffset.UTC).getYear());
            m.fromAgency = caller.agency();
            m.fromCountry = caller.country();
            m.toAgency = request.to();
            m.toCountry = toCountry;
            m.toPostCountry = request.toPostCountry();
            m.agreementCode = agreement == null ? null : agreement.code;
            m.priority = request.priority();
            m.subject = request.subject().strip();
            m.body = request.body();
            m.caseId = request.caseId();
            m.intelReportId = request.intelReportId();
            m.handling = request.handling();
            m.tlp = request.tlp();
            m.status = HotlineStatus.SENT;
            m.sentAt = now;
            Duration ack = config.acknowledge().of(m.priority);
            m.ackDeadline = now.plus(ack);
            m.secondEscalationAt = now.plus(ack.multipliedBy(2));
            m.answerDeadline = request.answerBy() != null ? request.answerBy() : now.plus(config.answer().of(m.priority));
            if (m.answerDeadline.isBefore(m.ackDeadline)) {
                throw ProblemException.badRequest("answerBy", "cannot come before the acknowledgement deadline " + m.ackDeadline);
            }
            return messages.persist(m)
                    .call(saved -> events.announce(m, "MESSAGE_SENT", now, caller.officerId(), caller.agency(), m.priority + " message "
                            + m.reference + " to " + m.toAgency + (m.toPostCountry == null ? "" : " (its post in " + m.toPostCountry + ")")
                            + ": " + m.subject, Map.of()))
                    .call(saved -> audit.record(caller, "hotline-sent", MESSAGE, m.id, m.fromAgency))
                    .flatMap(saved -> view(caller, m));
        });
    }

    /** Between two countries a message needs an agreement in force that allows its handling code (422 naming what is missing). */
    private Uni<Agreement> legalBasis(String fromCountry, String toCountry, MessageSend request) {
        if (fromCountry.equals(toCountry)) {
            return Uni.createFrom().nullItem();
        }
        return agreements.inForceBetween(fromCountry, toCountry, Today.utc()).map(found -> {
            if (found.isEmpty()) {
                throw refused("to", "there is no agreement in force between " + fromCountry + " and " + toCountry
                        + ": a hotline message between them has no legal basis");
            }
            return found.stream().filter(a -> !request.handling().exceeds(a.maxHandling)).findFirst()
                    .orElseThrow(() -> refused("handling", "no agreement in force between " + fromCountry + " and " + toCountry
                            + " allows " + request.handling() + " material (" + String.join(", ", found.stream()
                            .map(a -> a.code + " up to " + a.maxHandling).toList()) + ")"));
        });
    }

    private static ProblemException refused(String field, String message) {
        return new ProblemException(422, "no-legal-basis", "No legal basis", field + ": " + message,
                List.of(new Problem.Violation(field, message)));
    }

    private Uni<HotlineMessage> visible(Caller caller, UUID id) {
        return Visibility.orNotFound(messages.findVisible(id, caller.agency()), () -> messages.senderOf(id), MESSAGE, id);
    }

    /** A retried send answered from the idempotency store: the caller must still see the message. */
    Uni<Void> replayed(Caller caller, UUID id) {
        return visible(caller, id).flatMap(m -> audit.readAll(caller, "replay", List.of(new AuditLog.Touched(MESSAGE, m.id.toString(), m.fromAgency))));
    }

    @WithSession
    public Uni<MessageView> read(Caller caller, UUID id) {
        return visible(caller, id).call(m -> audit.read(caller, MESSAGE, m.id, m.fromAgency)).flatMap(m -> view(caller, m));
    }

    /** ACKNOWLEDGED and ANSWERED (with the answer) by the receiving agency, CLOSED by the sender (If-Match). */
    @WithTransaction
    public Uni<MessageView> transition(Caller caller, UUID id, String ifMatch, MessageTransition request) {
        return visible(caller, id).call(m -> {
            Versions.requireMatch(ifMatch, m.version);
            boolean receiver = m.toAgency.equals(caller.agency());
            if (request.status().byReceiver() != receiver) {
                throw ProblemException.forbidden(request.status().byReceiver() ? "only " + m.toAgency + ", the receiving agency, acknowledges and answers"
                        : "only " + m.fromAgency + ", the sender, closes a message").audited("forbidden", MESSAGE, m.id, m.fromAgency);
            }
            if (!m.status.canBecome(request.status())) {
                throw ProblemException.conflict("a " + m.status + " message cannot become " + request.status());
            }
            String text = request.body() == null || request.body().isBlank() ? null : request.body();
            if (request.status() == HotlineStatus.ANSWERED && text == null) {
                throw ProblemException.badRequest("body", "an answer says something");
            }
            Instant now = clock.now();
            m.status = request.status();
            switch (m.status) {
                case ACKNOWLEDGED -> {
                    m.acknowledgedAt = now;
                    m.acknowledgedBy = caller.officerId();
                }
                case ANSWERED -> {
                    m.answeredAt = now;
                    m.answeredBy = caller.officerId();
                }
                case CLOSED -> {
                    m.closedAt = now;
                    m.closedBy = caller.officerId();
                }
                default -> throw new IllegalStateException("unreachable: " + m.status);
            }
            m.updated(caller);
            String type = "MESSAGE_" + m.status.name();
            return events.announce(m, type, now, caller.officerId(), caller.agency(), text != null ? text
                            : m.status.name().toLowerCase() + " by " + caller.officerId() + " of " + caller.agency(), Map.of())
                    .call(() -> audit.record(caller, "hotline-" + m.status.name().toLowerCase(), MESSAGE, m.id, m.fromAgency));
        }).call(m -> messages.flush()).flatMap(m -> view(caller, m));
    }

    @WithTransaction
    public Uni<MessageView> reply(Caller caller, UUID id, ReplySend request) {
        return visible(caller, id).call(m -> {
            if (m.status == HotlineStatus.CLOSED) {
                throw ProblemException.conflict(m.reference + " is closed");
            }
            Instant now = clock.now();
            m.updated(caller);
            return events.announce(m, "MESSAGE_REPLIED", now, caller.officerId(), caller.agency(), request.body(), Map.of())
                    .call(() -> audit.record(caller, "hotline-replied", MESSAGE, m.id, m.fromAgency));
        }).call(m -> messages.flush()).flatMap(m -> view(caller, m));
    }

    @WithSession
    public Uni<Page<MessageView>> search(Caller caller, HotlineMessageRepository.Filter filter, int page, int size) {
        Instant now = clock.now();
        return messages.search(caller.agency(), filter, now, page, size).flatMap(found -> messages.countMatching(caller.agency(), filter, now)
                .call(total -> audit.readAll(caller, found.stream()
                        .map(m -> new AuditLog.Touched(MESSAGE, m.id.toString(), m.fromAgency)).toList()))
                .flatMap(total -> zoneOf(caller).map(zone -> new Page<>(found.stream().map(m -> view(m, zone, null, now)).toList(),
                        page, size, total))));
    }

    /** Response times per counterpart and priority, both ways, for a period. */
    @WithSession
    public Uni<Statistics> statistics(Caller caller, Instant from, Instant to, String counterpart) {
        return messages.responseTimes(caller.agency(), true, from, to, counterpart).flatMap(sent -> messages
                .responseTimes(caller.agency(), false, from, to, counterpart)
                .map(received -> new Statistics(from, to, times(sent), times(received))));
    }

    private static List<ResponseTimes> times(List<Object[]> rows) {
        return rows.stream().map(r -> {
            long count = ((Number) r[2]).longValue();
            return new ResponseTimes((String) r[0], HotlinePriority.valueOf((String) r[1]), count, ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(), seconds(r[5]), seconds(r[6]), seconds(r[7]), seconds(r[8]),
                    count == 0 ? 0 : ((Number) r[9]).doubleValue() / count, count == 0 ? 0 : ((Number) r[10]).doubleValue() / count);
        }).toList();
    }

    private static Double seconds(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }

    private Uni<MessageView> view(Caller caller, HotlineMessage m) {
        return zoneOf(caller).flatMap(zone -> replies.thread(m.id).map(thread -> view(m, zone, thread, clock.now())));
    }

    /** The reader's desk time zone (UTC where the agency has no desk). */
    private Uni<ZoneId> zoneOf(Caller caller) {
        return desks.ofAgency(caller.agency()).map(desk -> desk == null ? ZoneOffset.UTC : ZoneId.of(desk.timeZone));
    }

    static MessageView view(HotlineMessage m, ZoneId zone, List<HotlineReply> thread, Instant now) {
        return new MessageView(m.id, m.reference, m.fromAgency, m.toAgency, m.toPostCountry, m.agreementCode, m.priority, m.subject, m.body,
                m.caseId, m.intelReportId, m.handling, m.tlp, m.status, m.sentAt, m.ackDeadline, m.answerDeadline, zone.getId(),
                m.ackDeadline.atZone(zone).toOffsetDateTime(), m.answerDeadline.atZone(zone).toOffsetDateTime(), m.overdueAt(now),
                m.escalationLevel, m.escalatedAt, m.acknowledgedAt, m.acknowledgedBy, m.answeredAt, m.answeredBy, m.closedAt, m.closedBy,
                m.createdBy, thread == null ? null : thread.stream().map(r -> new ThreadEntry(r.id, r.occurredAt, r.officerId, r.agency,
                r.type, r.summary)).toList(), m.version);
    }

    static boolean openAt(HotlineDesk desk, Instant now) {
        var local = now.atZone(ZoneId.of(desk.timeZone)).toLocalTime();
        return !local.isBefore(desk.opensAt) && local.isBefore(desk.closesAt);
    }
}
