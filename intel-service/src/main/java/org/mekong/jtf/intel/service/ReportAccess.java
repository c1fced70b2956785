package org.mekong.jtf.intel.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.ReportEvent;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.repository.ReportEventRepository;
import org.mekong.jtf.intel.repository.ReportRepository;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The tenancy and history rules every use of a report goes through: a report is reached only as
 * its reader may see it (ReportRepository decides in SQL; others get the same 404 as for a missing
 * report, audited for the originating agency), a withdrawn report answers 410 to everyone but its
 * originator, and every change lands on the report's history and in the audit log in the same
 * transaction.
 */
@ApplicationScoped
public class ReportAccess {

    private final ReportRepository reports;
    private final ReportEventRepository events;
    private final AuditLog audit;

    public ReportAccess(ReportRepository reports, ReportEventRepository events, AuditLog audit) {
        this.reports = reports;
        this.events = events;
        this.audit = audit;
    }

    /** The report if the caller may see it (a withdrawn one too), else a 404 like a missing one. */
    public Uni<IntelReport> visible(Caller caller, ReportKind kind, UUID id) {
        return Visibility.orNotFound(reports.findVisible(id, caller, Today.utc()), () -> reports.originatorOf(id), kind.objectType, id)
                .call(r -> reports.loadDetails(List.of(r), false))
                .invoke(r -> {
                    if (r.kind != kind) {
                        // the id of a note asked for as a report (or the reverse): there is no such report
                        throw Visibility.missing(kind.objectType, id);
                    }
                });
    }

    /** A visible report whose content the caller may read now: a withdrawn one only its originator. */
    public Uni<IntelReport> readable(Caller caller, ReportKind kind, UUID id) {
        return visible(caller, kind, id).invoke(r -> {
            if (r.status == ReportStatus.WITHDRAWN && !isOriginator(caller, r)) {
                throw withdrawn(r);
            }
        });
    }

    static ProblemException withdrawn(IntelReport r) {
        String reason = r.withdrawalReason == null ? "" : ": " + r.withdrawalReason;
        return new ProblemException(410, "withdrawn", "Withdrawn", r.reference + " was withdrawn by " + r.withdrawnBy + " of "
                + r.withdrawnByAgency + " at " + r.withdrawnAt + reason)
                .audited("read-withdrawn", r.kind.objectType, r.id, r.originatorAgency);
    }

    public static boolean isOriginator(Caller caller, IntelReport report) {
        return report.originatorAgency.equals(caller.agency());
    }

    public void requireOriginator(Caller caller, IntelReport report, String what) {
        if (!isOriginator(caller, report)) {
            throw ProblemException.forbidden("only the originating agency " + report.originatorAgency + " may " + what)
                    .audited("forbidden", report.kind.objectType, report.id, report.originatorAgency);
        }
    }

    /**
     * Records a change on the report's history and in the audit log.
     *
     * @param concernsAgency the agency whose access the change is about, or null for the report as a whole
     */
    public Uni<Void> changed(Caller caller, IntelReport report, String type, String summary, String concernsAgency,
                             String objectType, Object objectId) {
        ReportEvent event = new ReportEvent();
        event.reportId = report.id;
        event.by(caller, type, summary);
        event.concernsAgency = concernsAgency;
        return events.persist(event)
                .flatMap(saved -> audit.record(caller, type.toLowerCase(Locale.ROOT), objectType, objectId, report.originatorAgency));
    }

    /** Audits reads of reports, each for its originating agency (answered once durable). */
    public Uni<Void> read(Caller caller, String action, List<IntelReport> read) {
        return audit.readAll(caller, action, read.stream()
                .map(r -> new AuditLog.Touched(r.kind.objectType, r.id.toString(), r.originatorAgency)).toList());
    }

    /** Audits a read of a list about the caller's own agency's reports. */
    public Uni<Void> readOwn(Caller caller, String objectType) {
        return audit.read(caller, objectType, caller.agency(), caller.agency());
    }

    /** Audits a read of something about a report (its history, a share, a consent request). */
    public Uni<Void> readAbout(Caller caller, IntelReport report, String objectType, Object objectId) {
        return audit.read(caller, objectType, objectId, report.originatorAgency);
    }
}
