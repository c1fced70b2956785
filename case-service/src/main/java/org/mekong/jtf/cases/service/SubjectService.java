package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.Subject;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.SubjectRepository;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectCreate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectUpdate;
import org.mekong.jtf.cases.rest.dto.SubjectDtos.SubjectView;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Persons in a case. */
@ApplicationScoped
public class SubjectService {

    static final String SUBJECT = "subject";

    private final SubjectRepository subjects;
    private final CaseAccess access;
    private final CaseMapper mapper;

    public SubjectService(SubjectRepository subjects, CaseAccess access, CaseMapper mapper) {
        this.subjects = subjects;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(SUBJECT)
    public Uni<SubjectView> add(Caller caller, UUID caseId, SubjectCreate request) {
        return access.writable(caller, caseId).flatMap(c -> {
            Subject s = new Subject();
            s.id = UUID.randomUUID();
            s.caseId = c.id;
            s.fullName = nfc(request.fullName());
            s.aliases = request.aliases() == null ? new ArrayList<>() : new ArrayList<>(request.aliases().stream().map(SubjectService::nfc).toList());
            s.nationality = request.nationality();
            s.dateOfBirth = request.dateOfBirth();
            s.identityDocuments = new ArrayList<>(request.identityDocuments() == null ? List.of() : mapper.toDocuments(request.identityDocuments()));
            s.role = request.role();
            s.status = request.status();
            s.notes = request.notes();
            s.createdAt = CaseAccess.now();
            s.updatedAt = s.createdAt;
            return subjects.persist(s)
                    .call(saved -> access.changed(caller, c, "SUBJECT_ADDED", s.role + " " + s.fullName + " added", SUBJECT, s.id));
        }).map(mapper::toView);
    }

    @WithSession
    public Uni<List<SubjectView>> list(Caller caller, UUID caseId) {
        return access.visible(caller, caseId).flatMap(c -> subjects.listByCase(c.id)
                .call(found -> access.read(caller, c, SUBJECT, found.stream().map(s -> s.id).toList())))
                .map(found -> found.stream().map(mapper::toView).toList());
    }

    @WithSession
    public Uni<SubjectView> get(Caller caller, UUID caseId, UUID subjectId) {
        return access.visible(caller, caseId).flatMap(c -> subjects.findInCase(c.id, subjectId)
                        .onItem().ifNull().failWith(() -> CaseAccess.missing("subject", subjectId))
                        .call(s -> access.read(caller, c, SUBJECT, List.of(s.id))))
                .map(mapper::toView);
    }

    @WithTransaction
    public Uni<SubjectView> update(Caller caller, UUID caseId, UUID subjectId, String ifMatch, SubjectUpdate request) {
        return access.writable(caller, caseId).flatMap(c -> subjects.findInCase(c.id, subjectId)
                        .onItem().ifNull().failWith(() -> CaseAccess.missing("subject", subjectId))
                        .invoke(s -> {
                            Versions.requireMatch(ifMatch, s.version);
                            if (request.fullName() != null) {
                                if (request.fullName().isBlank()) {
                                    throw ProblemException.badRequest("fullName", "must not be blank");
                                }
                                s.fullName = nfc(request.fullName());
                            }
                            if (request.aliases() != null) {
                                s.aliases.clear();
                                request.aliases().forEach(a -> s.aliases.add(nfc(a)));
                            }
                            if (request.identityDocuments() != null) {
                                s.identityDocuments.clear();
                                s.identityDocuments.addAll(mapper.toDocuments(request.identityDocuments()));
                            }
                            if (request.nationality() != null) {
                                s.nationality = request.nationality();
                            }
                            if (request.dateOfBirth() != null) {
                                s.dateOfBirth = request.dateOfBirth();
                            }
                            if (request.role() != null) {
                                s.role = request.role();
                            }
                            if (request.status() != null) {
                                s.status = request.status();
                            }
                            if (request.notes() != null) {
                                s.notes = request.notes();
                            }
                            s.updatedAt = CaseAccess.now();
                        })
                        .call(s -> access.changed(caller, c, "SUBJECT_UPDATED", s.fullName + " updated (" + s.status + ")", SUBJECT, s.id))
                        .call(s -> subjects.flush()))
                .map(mapper::toView);
    }

    private static final int MAX_NAME_LENGTH = 300;

    /**
     * The same name typed on different keyboards (composed or decomposed Vietnamese, Thai, Lao)
     * compares equal. NFC can lengthen some text, so the stored length is checked after it.
     */
    static String nfc(String text) {
        String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (normalised.length() > MAX_NAME_LENGTH) {
            throw ProblemException.badRequest("fullName", "at most " + MAX_NAME_LENGTH + " characters in Unicode NFC");
        }
        return normalised;
    }
}
