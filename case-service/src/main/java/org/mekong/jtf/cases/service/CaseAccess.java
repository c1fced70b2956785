package org.mekong.jtf.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.CaseEvent;
import org.mekong.jtf.cases.domain.CaseStatus;
import org.mekong.jtf.cases.domain.JointCase;
import org.mekong.jtf.cases.repository.AgencyRepository;
import org.mekong.jtf.cases.repository.CaseEventRepository;
import org.mekong.jtf.cases.repository.CaseRecordRepository;
import org.mekong.jtf.cases.repository.CaseRepository;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * The tenancy and history rules every part of a case goes through: a case is reached only through
 * its participating agencies (others get the same 404 as for a missing case), a closed case takes no
 * more records, and every change lands on the case timeline and in the audit log in the same
 * transaction (writes run inside one; reads only need a session, their audit entries share batches).
 */
@ApplicationScoped
public class CaseAccess {

    public static final String CASE = "case";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final AgencyRepository agencies;
    private final SubjectRepository subjects;
    private final AuditLog audit;

    public CaseAccess(CaseRepository cases, CaseEventRepository events, AgencyRepository agencies, SubjectRepository subjects,
                      AuditLog audit) {
        this.cases = cases;
        this.events = events;
        this.agencies = agencies;
        this.subjects = subjects;
        this.audit = audit;
    }

    /** The person a record names: a subject of this case, or 400 naming the field. */
    public Uni<Subject> subjectOf(JointCase jointCase, UUID subjectId) {
        return subjects.findInCase(jointCase.id, subjectId)
                .onItem().ifNull().failWith(() -> ProblemException.badRequest("subjectId", "no such subject in case " + jointCase.reference));
    }

    /** As {@link #subjectOf}, for a record whose link to a person is optional. */
    public Uni<Subject> optionalSubjectOf(JointCase jointCase, UUID subjectId) {
        return subjectId == null ? Uni.createFrom().nullItem() : subjectOf(jointCase, subjectId);
    }

    /**
     * The case, if the caller's agency takes part in it. Otherwise the same 404 as for a missing case,
     * audited as a refused attempt: for the owning (lead) agency when the case exists, for the
     * service's own refusal log when it exists nowhere.
     */
    public Uni<JointCase> visible(Caller caller, UUID caseId) {
        return Visibility.orNotFound(cases.findVisible(caseId, caller.agency()), () -> cases.leadAgencyOf(caseId), CASE, caseId);
    }

    /** A case that may still take new records and changes. */
    public Uni<JointCase> writable(Caller caller, UUID caseId) {
        return visible(caller, caseId).invoke(c -> {
            if (c.status == CaseStatus.CLOSED) {
                throw ProblemException.conflict("case " + c.reference + " is closed and takes no more changes");
            }
        });
    }

    public void requireLead(Caller caller, JointCase jointCase, String what) {
        if (!jointCase.leadAgency.equals(caller.agency())) {
            throw ProblemException.forbidden("only the lead agency " + jointCase.leadAgency + " may " + what)
                    .audited("forbidden", CASE, jointCase.id, jointCase.leadAgency);
        }
    }

    /** Agencies named in a record must take part in the case. */
    public void requireParticipants(JointCase jointCase, Collection<String> named, String field) {
        for (String agency : named) {
            if (!jointCase.participants.contains(agency)) {
                throw ProblemException.badRequest(field, agency + " does not take part in case " + jointCase.reference);
            }
        }
    }

    /**
     * A record names the agencies whose work it is (and whose statistics it counts in): they must take
     * part in the case, and an agency other than the lead may record only work it took part in.
     */
    public void requireAttributable(Caller caller, JointCase jointCase, Collection<String> named, String field) {
        requireParticipants(jointCase, named, field);
        if (!named.contains(caller.agency()) && !jointCase.leadAgency.equals(caller.agency())) {
            throw ProblemException.forbidden("only the lead agency " + jointCase.leadAgency
                    + " may record work your agency did not take part in")
                    .audited("forbidden", CASE, jointCase.id, jointCase.leadAgency);
        }
    }

    /** Agency codes must exist in the reference data. */
    public Uni<Set<String>> existingAgencies(Collection<String> codes, String field) {
        Set<String> wanted = new TreeSet<>(codes);
        if (wanted.isEmpty()) {
            return Uni.createFrom().item(wanted);
        }
        return agencies.findByCodes(wanted).map(found -> {
            Set<String> missing = new TreeSet<>(wanted);
            found.forEach(a -> missing.remove(a.code));
            if (!missing.isEmpty()) {
                throw ProblemException.badRequest(field, "unknown agency " + String.join(", ", missing));
            }
            return wanted;
        });
    }

    /** Records a change on the case timeline and in the audit log. */
    public Uni<Void> changed(Caller caller, JointCase jointCase, String type, String summary, String objectType, Object objectId) {
        CaseEvent event = new CaseEvent();
        event.caseId = jointCase.id;
        event.by(caller, type, summary);
        event.objectType = objectType;
        event.objectId = String.valueOf(objectId);
        return events.persist(event)
                .flatMap(saved -> audit.record(caller, type.toLowerCase(Locale.ROOT), objectType, objectId, jointCase.leadAgency));
    }

    /** Records that the caller read records of a case (answered once the entries are durable). */
    public Uni<Void> read(Caller caller, JointCase jointCase, String objectType, List<?> objectIds) {
        return audit.readAll(caller, objectIds.stream()
                .map(id -> new AuditLog.Touched(objectType, String.valueOf(id), jointCase.leadAgency)).toList());
    }

    /**
     * A case's records of one kind, read (and audited) through the case's visibility: one entry for
     * the list itself, so that reading an empty list leaves a trace too, and one per record.
     */
    public <T> Uni<Page<T>> readAll(Caller caller, UUID caseId, CaseRecordRepository<T> records, String objectType,
                                    Function<T, UUID> idOf, int page, int size) {
        return visible(caller, caseId).flatMap(c -> records.pageByCase(c.id, page, size)
                .flatMap(found -> records.countByCase(c.id).map(total -> new Page<>(found, page, size, total)))
                .call(found -> {
                    List<AuditLog.Touched> touched = new java.util.ArrayList<>();
                    touched.add(new AuditLog.Touched(objectType + "-list", c.id.toString(), c.leadAgency));
                    found.items().forEach(r -> touched.add(new AuditLog.Touched(objectType, idOf.apply(r).toString(), c.leadAgency)));
                    return audit.readAll(caller, touched);
                }));
    }

    /** Records read across cases (a list such as the overdue extraditions), each filed with its case's lead agency. */
    public Uni<Void> readAcrossCases(Caller caller, List<AuditLog.Touched> touched) {
        return touched.isEmpty() ? Uni.createFrom().voidItem() : audit.readAll(caller, touched);
    }

    /**
     * A retried create answered from the idempotency store is a read of what the first request made:
     * the caller must still see the case, and the read is audited.
     */
    public Uni<Void> replayed(Caller caller, UUID caseId, String objectType, String objectId) {
        return visible(caller, caseId).flatMap(c -> audit.readAll(caller, "replay", List.of(new AuditLog.Touched(objectType, objectId, c.leadAgency))));
    }

    /** One record of a case, read (and audited) through the case's visibility. */
    public <T> Uni<T> readOne(Caller caller, UUID caseId, UUID id, CaseRecordRepository<T> records, String objectType) {
        return visible(caller, caseId).flatMap(c -> records.findInCase(c.id, id)
                .onItem().ifNull().failWith(() -> Visibility.missing(objectType, id))
                .call(found -> read(caller, c, objectType, List.of(id))));
    }
}
