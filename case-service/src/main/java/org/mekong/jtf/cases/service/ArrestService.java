package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.Arrest;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.domain.SubjectStatus;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.ArrestRepository;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ArrestView;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Arrests of subjects. An arrest makes a subject at large or wanted ARRESTED. */
@ApplicationScoped
@RunsToCompletion
public class ArrestService implements CaseRecordReads<ArrestView> {

    static final String ARREST = "arrest";

    private final ArrestRepository arrests;
    private final SubjectRepository subjects;
    private final CaseAccess access;
    private final CaseMapper mapper;

    public ArrestService(ArrestRepository arrests, SubjectRepository subjects, CaseAccess access, CaseMapper mapper) {
        this.arrests = arrests;
        this.subjects = subjects;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(ARREST)
    public Uni<ArrestView> record(Caller caller, UUID caseId, ArrestCreate request) {
        String agency = Objects.requireNonNullElse(request.arrestingAgency(), caller.agency());
        Places.requireProvinceInCountry(request.province(), request.country());
        return access.writable(caller, caseId).flatMap(c -> {
            access.requireAttributable(caller, c, List.of(agency), "arrestingAgency");
            return access.subjectOf(c, request.subjectId())
                    .flatMap(subject -> {
                        Arrest a = mapper.toEntity(request);
                        a.created(caller);
                        a.caseId = c.id;
                        a.arrestingAgency = agency;
                        boolean statusChanges = subject.status.isAtLarge();
                        if (statusChanges) {
                            subject.status = SubjectStatus.ARRESTED;
                            subject.updated(caller);
                        }
                        return arrests.persist(a)
                                .call(saved -> access.changed(caller, c, "ARREST_RECORDED", subject.fullName + " arrested by "
                                        + agency + " in " + a.country, ARREST, a.id))
                                .call(saved -> !statusChanges ? Uni.createFrom().voidItem()
                                        : access.changed(caller, c, "SUBJECT_STATUS_CHANGED", subject.fullName + " now ARRESTED",
                                        SubjectService.SUBJECT, subject.id))
                                .map(saved -> mapper.toView(saved, isForeigner(subject, saved)));
                    });
        });
    }

    @WithSession
    public Uni<Page<ArrestView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, arrests, ARREST, a -> a.id, page, size).flatMap(found -> subjects
                .findInCase(caseId, found.items().stream().map(a -> a.subjectId).collect(Collectors.toSet()))
                .map(arrested -> {
                    Map<UUID, Subject> byId = arrested.stream().collect(Collectors.toMap(s -> s.id, Function.identity()));
                    return found.map(a -> mapper.toView(a, isForeigner(byId.get(a.subjectId), a)));
                }));
    }

    @WithSession
    @Override
    public Uni<ArrestView> get(Caller caller, UUID caseId, UUID id) {
        return access.readOne(caller, caseId, id, arrests, ARREST).flatMap(a -> subjects.findInCase(caseId, a.subjectId)
                .map(subject -> mapper.toView(a, isForeigner(subject, a))));
    }

    /** A foreigner is an arrested person whose nationality is not the country of arrest. */
    static boolean isForeigner(Subject subject, Arrest arrest) {
        return subject != null && subject.nationality != null && !subject.nationality.equals(arrest.country);
    }
}
