package org.mekong.jtf.taskforces.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.domain.Officer;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.OfficerRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerUpdate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.OfficerView;

import java.util.Locale;

/**
 * The roster. Every agency reads it (commanders pick partners' officers for mixed task forces from
 * it); an agency's supervisors keep their own officers on it, nobody else's.
 */
@ApplicationScoped
@RunsToCompletion
public class OfficerService {

    static final String OFFICER = "officer";
    private static final java.util.Set<String> LANGUAGES = java.util.Set.of(Locale.getISOLanguages());

    private final OfficerRepository officers;
    private final AuditLog audit;
    private final TaskForceMapper mapper;

    public OfficerService(OfficerRepository officers, AuditLog audit, TaskForceMapper mapper) {
        this.officers = officers;
        this.audit = audit;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(OFFICER)
    public Uni<OfficerView> register(Caller caller, OfficerCreate request) {
        requireLanguages(request.languages());
        return officers.findByOfficerId(request.officerId()).flatMap(existing -> {
            if (existing != null) {
                throw ProblemException.conflict(request.officerId() + " is already on the roster, for " + existing.agency);
            }
            Officer o = mapper.toEntity(request);
            o.created(caller);
            o.agency = caller.agency();
            o.country = caller.country();
            return officers.persist(o).call(saved -> audit.record(caller, "officer-registered", OFFICER, o.officerId, o.agency));
        }).map(mapper::toView);
    }

    @WithTransaction
    public Uni<OfficerView> update(Caller caller, String officerId, String ifMatch, OfficerUpdate request) {
        if (request.languages() != null) {
            requireLanguages(request.languages());
        }
        return existing(officerId).invoke(o -> {
            if (!o.agency.equals(caller.agency())) {
                throw ProblemException.forbidden("only the supervisors of " + o.agency + " manage its officers")
                        .audited("forbidden", OFFICER, o.officerId, o.agency);
            }
            Versions.requireMatch(ifMatch, o.version);
            mapper.update(request, o);
            o.updated(caller);
        }).call(o -> audit.record(caller, "officer-updated", OFFICER, o.officerId, o.agency))
                .call(o -> officers.flush()).map(mapper::toView);
    }

    @WithSession
    public Uni<OfficerView> get(String officerId) {
        return existing(officerId).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<OfficerView>> search(OfficerRepository.Filter filter, int page, int size) {
        return officers.search(filter, page, size).flatMap(found -> officers.countMatching(filter)
                .map(total -> new Page<>(found.stream().map(mapper::toView).toList(), page, size, total)));
    }

    private Uni<Officer> existing(String officerId) {
        return officers.findByOfficerId(officerId).onItem().ifNull().failWith(() -> ProblemException.notFound("officer " + officerId));
    }

    private static void requireLanguages(java.util.Set<String> languages) {
        for (String language : languages) {
            if (!LANGUAGES.contains(language)) {
                throw ProblemException.badRequest("languages", "'" + language + "' is not an ISO 639-1 language code");
            }
        }
    }
}
