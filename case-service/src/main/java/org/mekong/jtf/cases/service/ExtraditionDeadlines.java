package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;
import org.mekong.jtf.cases.domain.CaseEvent;
import org.mekong.jtf.cases.domain.Extradition;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.client.HotlineAlert;
import org.mekong.jtf.cases.repository.CaseEventRepository;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.repository.ExtraditionRepository;
import org.mekong.jtf.cases.repository.ExtraditionRepository.Overdue;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The extradition deadline clock. Every minute, on every replica, one transaction takes the requests
 * whose deadline passed without the next step and that were never raised (FOR UPDATE SKIP LOCKED: a
 * request is taken by one replica only), marks them raised and writes an EXTRADITION_OVERDUE event on
 * the case's timeline for the requesting side's liaison officers and supervisors — all or nothing.
 * The mark is in the database, so a restart or another replica never raises one twice, and a request
 * found overdue after an outage is raised at the next tick.
 */
@ApplicationScoped
public class ExtraditionDeadlines {

    static final String CLOCK = "extradition-deadline-clock";
    private static final Logger LOG = Logger.getLogger(ExtraditionDeadlines.class);
    private static final int BATCH = 100;

    private final ExtraditionRepository extraditions;
    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final HotlineOutbox hotline;

    public ExtraditionDeadlines(ExtraditionRepository extraditions, CaseRepository cases, CaseEventRepository events,
                                HotlineOutbox hotline) {
        this.extraditions = extraditions;
        this.cases = cases;
        this.events = events;
        this.hotline = hotline;
    }

    @Scheduled(every = "${mekong.extradition.deadline-check.every:1m}", delayed = "${mekong.extradition.deadline-check.delay:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return tick(LocalDate.now(ZoneOffset.UTC)).onFailure().recoverWithItem(e -> {
            LOG.warnf("Extradition deadlines deferred to the next tick: %s", e.getMessage());
            return 0;
        }).replaceWithVoid();
    }

    /** One tick as of {@code today}: raises what is overdue; returns how many it raised. */
    @WithTransaction
    public Uni<Integer> tick(LocalDate today) {
        Instant now = TrackedRecord.now();
        return raise(Overdue.FORMAL_REQUEST, today, now)
                .flatMap(formal -> raise(Overdue.SURRENDER, today, now).map(surrender -> formal + surrender));
    }

    private Uni<Integer> raise(Overdue step, LocalDate today, Instant now) {
        return extraditions.dueToRaise(step, today, BATCH)
                .call(due -> due.isEmpty() ? Uni.createFrom().voidItem()
                        : cases.byIds(due.stream().map(e -> e.caseId).collect(java.util.stream.Collectors.toSet()))
                        .flatMap(found -> raiseAll(due, found.stream().collect(java.util.stream.Collectors.toMap(c -> c.id, c -> c)),
                                step, now, 0)))
                .map(List::size);
    }

    private Uni<Void> raiseAll(List<Extradition> due, java.util.Map<java.util.UUID, JointCase> cases, Overdue step, Instant now,
                               int from) {
        if (from == due.size()) {
            return Uni.createFrom().voidItem();
        }
        Extradition e = due.get(from);
        String summary;
        if (step == Overdue.FORMAL_REQUEST) {
            e.formalRequestOverdueAt = now;
            summary = "OVERDUE: the formal extradition request from " + e.requestingCountry + " was due within "
                    + e.formalRequestDaysOrDefault() + " days of the provisional arrest on " + e.provisionalArrestOn + " (by "
                    + e.provisionalArrestOn.plusDays(e.formalRequestDaysOrDefault()) + ")";
        } else {
            e.surrenderOverdueAt = now;
            summary = "OVERDUE: the surrender to " + e.requestingCountry + " was due within " + e.surrenderDaysOrDefault()
                    + " days of the approval on " + e.decidedOn + " (by " + e.decidedOn.plusDays(e.surrenderDaysOrDefault()) + ")";
        }
        JointCase c = cases.get(e.caseId);
        List<String> told = c.agenciesOf(e.requestingCountry);
        String raised = summary + "; raised to the liaison officers and supervisors of " + String.join(", ", told)
                + " (case timeline and hotline)";
        CaseEvent event = new CaseEvent();
        event.caseId = e.caseId;
        // filed like every line of the case's timeline, under the agency that leads it
        event.by(CLOCK, c.leadAgency, now, "EXTRADITION_OVERDUE", raised);
        event.objectType = ExtraditionService.EXTRADITION;
        event.objectId = e.id.toString();
        String title = "Extradition overdue: " + (step == Overdue.FORMAL_REQUEST ? "formal request" : "surrender") + ", "
                + e.requestingCountry + " from " + e.requestedCountry + ", case " + c.reference;
        Uni<Void> alerts = events.persist(event).replaceWithVoid();
        for (String agency : told) {
            alerts = alerts.call(() -> hotline.alert(agency, HotlineAlert.EXTRADITION_OVERDUE, e.caseId, ExtraditionService.EXTRADITION,
                    e.id, title, summary, now));
        }
        return alerts.flatMap(done -> raiseAll(due, cases, step, now, from + 1));
    }
}
