package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectUpdate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.util.List;
import java.util.UUID;

/** Persons in a case. */
@ApplicationScoped
@RunsToCompletion
public class SubjectService implements CaseRecordReads<SubjectView> {

    static final String SUBJECT = "subject";

    private final SubjectRepository subjects;
    private final CaseAccess access;
    private final WarrantService warrants;
    private final CorrelationFeed feed;
    private final CaseMapper mapper;

    public SubjectService(SubjectRepository subjects, CaseAccess access, WarrantService warrants, CorrelationFeed feed, CaseMapper mapper) {
        this.feed = feed;
        this.subjects = subjects;
        this.warrants = warrants;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(SUBJECT)
    public Uni<SubjectView> add(Caller caller, UUID caseId, SubjectCreate request) {
        return access.writable(caller, caseId).flatMap(c -> {
            Subject s = mapper.toEntity(request);
            s.created(caller);
            s.caseId = c.id;
            requirePhones(c, s);
            return subjects.persist(s)
                    .call(saved -> access.changed(caller, c, "SUBJECT_ADDED", s.role + " " + s.fullName + " added", SUBJECT, s.id))
                    .call(saved -> feed.subject(c, s));
        }).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<SubjectView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, subjects, SUBJECT, s -> s.id, page, size).map(found -> found.map(mapper::toView));
    }

    @WithSession
    @Override
    public Uni<SubjectView> get(Caller caller, UUID caseId, UUID subjectId) {
        return access.visible(caller, caseId).flatMap(c -> subjects.findInCase(c.id, subjectId)
                        .onItem().ifNull().failWith(() -> Visibility.missing("subject", subjectId))
                        .call(s -> access.read(caller, c, SUBJECT, List.of(s.id))))
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<SubjectView> update(Caller caller, UUID caseId, UUID subjectId, String ifMatch, SubjectUpdate request) {
        return access.writable(caller, caseId).flatMap(c -> subjects.findInCase(c.id, subjectId)
                        .onItem().ifNull().failWith(() -> Visibility.missing("subject", subjectId))
                        .invoke(s -> {
                            Versions.requireMatch(ifMatch, s.version);
                            if (request.fullName() != null && request.fullName().isBlank()) {
                                throw ProblemException.badRequest("fullName", "must not be blank");
                            }
                            mapper.update(request, s);
                            requirePhones(c, s);
                            s.updated(caller);
                        })
                        .call(s -> access.changed(caller, c, "SUBJECT_UPDATED", s.fullName + " updated (" + s.status + ")", SUBJECT, s.id))
                        .call(s -> subjects.flush())
                        .call(warrants::personChanged)
                        .call(s -> feed.subject(c, s)))
                .map(mapper::toView);
    }

    /** Every phone must be a number of the person's country (or the lead agency's) unless written with its country code. */
    private static void requirePhones(org.mekong.jtf.cases.domain.JointCase c, Subject s) {
        for (int i = 0; i < s.phones.size(); i++) {
            org.mekong.jtf.common.validation.PhoneNumbers.e164(s.phones.get(i), CorrelationFeed.phoneRegion(c, s), "phones[" + i + "]");
        }
    }
}
