package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.HotlineDesk;
import org.mekong.jtf.intel.repository.DeskRepository;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeskUpdate;
import org.mekong.jtf.intel.rest.dto.HotlineDtos.DeskView;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;

/** Agencies' hotline desks: readable by all (to know when a partner's desk is open), kept by each agency's supervisors. */
@ApplicationScoped
@RunsToCompletion
public class DeskService {

    private final DeskRepository desks;
    private final HotlineClock clock;
    private final AuditLog audit;

    public DeskService(DeskRepository desks, HotlineClock clock, AuditLog audit) {
        this.desks = desks;
        this.clock = clock;
        this.audit = audit;
    }

    @WithSession
    public Uni<List<DeskView>> all() {
        return desks.all().map(found -> found.stream().map(this::view).toList());
    }

    @WithSession
    public Uni<DeskView> of(String agency) {
        return desks.ofAgency(agency).onItem().ifNull().failWith(() -> ProblemException.notFound("hotline desk of " + agency)).map(this::view);
    }

    /** An agency's supervisor sets its desk (creating it the first time; If-Match when it exists). */
    @WithTransaction
    public Uni<DeskView> set(Caller caller, String agency, String ifMatch, DeskUpdate request) {
        if (!agency.equals(caller.agency())) {
            throw ProblemException.forbidden("only the supervisors of " + agency + " keep its desk");
        }
        try {
            ZoneId.of(request.timeZone());
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("timeZone", "must be an IANA time zone such as Asia/Ho_Chi_Minh");
        }
        if (!request.closesAt().isAfter(request.opensAt())) {
            throw ProblemException.badRequest("closesAt", "must be after opensAt");
        }
        return desks.ofAgency(agency).flatMap(existing -> {
            HotlineDesk desk = existing;
            if (desk == null) {
                desk = new HotlineDesk();
                desk.created(caller);
                desk.agency = agency;
            } else {
                Versions.requireMatch(ifMatch, desk.version);
                desk.updated(caller);
            }
            desk.timeZone = request.timeZone();
            desk.opensAt = request.opensAt();
            desk.closesAt = request.closesAt();
            desk.onDuty = new HashSet<>(request.onDuty());
            HotlineDesk saved = desk;
            return desks.persist(desk).call(d -> audit.record(caller, "hotline-desk-set", "hotline-desk", agency, agency))
                    .call(d -> desks.flush()).map(d -> view(saved));
        });
    }

    private DeskView view(HotlineDesk d) {
        ZoneId zone = ZoneId.of(d.timeZone);
        return new DeskView(d.agency, d.timeZone, zone.getRules().getOffset(clock.now()).getId(), d.opensAt, d.closesAt,
                HotlineService.openAt(d, clock.now()), d.onDuty.stream().sorted().toList(), d.version);
    }
}
