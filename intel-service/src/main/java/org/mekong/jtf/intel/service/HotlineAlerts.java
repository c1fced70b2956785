package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.AuditLog.Touched;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.HotlineAlert;
import org.mekong.jtf.intel.repository.HotlineAlertRepository;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.AlertRaise;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.AlertView;

import java.util.ArrayList;
import java.util.List;

/**
 * Alerts the suite's other services raise on an agency's hotline feed. A machine token speaks for
 * one agency, and an alert lands only on that agency's feed: a service cannot write into another
 * agency's feed by naming it. Delivery is at least once, so an alert already kept is answered again
 * and announced nothing twice.
 */
@ApplicationScoped
@RunsToCompletion
public class HotlineAlerts {

    static final String ALERT = "hotline-alert";

    /** Whether the alert was new, and what is kept of it. */
    public record Raised(AlertView alert, boolean created) {
    }

    private final HotlineAlertRepository alerts;
    private final HotlineEvents events;
    private final AuditLog audit;

    public HotlineAlerts(HotlineAlertRepository alerts, HotlineEvents events, AuditLog audit) {
        this.alerts = alerts;
        this.events = events;
        this.audit = audit;
    }

    @WithTransaction
    public Uni<Raised> raise(Caller caller, AlertRaise request) {
        return alerts.findById(request.id()).flatMap(kept -> {
            if (kept != null) {
                if (!kept.agency.equals(caller.agency()) || kept.kind != request.kind()) {
                    throw ProblemException.conflict("alert " + request.id() + " was raised already with other content");
                }
                return Uni.createFrom().item(new Raised(view(kept), false));
            }
            HotlineAlert a = new HotlineAlert();
            a.id = request.id();
            a.agency = caller.agency();
            a.kind = request.kind();
            a.source = caller.officerId();
            a.caseId = request.caseId();
            a.objectType = request.objectType();
            a.objectId = request.objectId();
            a.title = request.title().strip();
            a.body = request.body();
            a.occurredAt = request.occurredAt();
            a.receivedAt = TrackedRecord.now();
            return alerts.persist(a)
                    .call(saved -> events.announce(a))
                    .call(saved -> audit.record(caller, "hotline-alert-raised", ALERT, a.id, a.agency))
                    .map(saved -> new Raised(view(a), true));
        });
    }

    /** The caller's agency's alerts, newest first; each read audited. */
    @WithSession
    public Uni<Page<AlertView>> list(Caller caller, int page, int size) {
        return alerts.pageOf(caller.agency(), page, size)
                .flatMap(found -> alerts.countOf(caller.agency()).map(total -> new Page<>(found, page, size, total)))
                .call(found -> {
                    List<Touched> touched = new ArrayList<>();
                    touched.add(new Touched(ALERT + "-list", caller.agency(), caller.agency()));
                    found.items().forEach(a -> touched.add(new Touched(ALERT, a.id.toString(), a.agency)));
                    return audit.readAll(caller, touched);
                })
                .map(found -> found.map(HotlineAlerts::view));
    }

    /** One of the caller's agency's alerts; another agency's is a 404 like a missing one. */
    @WithSession
    public Uni<AlertView> get(Caller caller, java.util.UUID id) {
        return alerts.findOf(caller.agency(), id)
                .onItem().ifNull().failWith(() -> org.mekong.jtf.common.audit.Visibility.missing(ALERT, id))
                .call(a -> audit.read(caller, ALERT, a.id, a.agency))
                .map(HotlineAlerts::view);
    }

    private static AlertView view(HotlineAlert a) {
        return new AlertView(a.id, a.agency, a.kind, a.source, a.caseId, a.objectType, a.objectId, a.title, a.body, a.occurredAt,
                a.receivedAt);
    }
}
