package org.mekong.jtf.taskforces.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.client.CaseDirectory;
import org.mekong.jtf.taskforces.domain.JointOperation;
import org.mekong.jtf.taskforces.domain.OperationResult;
import org.mekong.jtf.taskforces.domain.ResultKind;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.OperationRepository;
import org.mekong.jtf.taskforces.repository.ResultRepository;
import org.mekong.jtf.taskforces.repository.TaskForceRepository;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationCreate;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.OperationView;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultCreate;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultView;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultsReport;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Joint operations and their results: arrests and seizures recorded in the case service (checked
 * there with the caller's token, their quantities kept in native units), and poppy fields found and
 * destroyed, in hectares, by province. Reports sum them per operation and per province and period.
 */
@ApplicationScoped
@RunsToCompletion
public class OperationService {

    static final String OPERATION = "joint-operation";
    static final String RESULT = "operation-result";

    private final OperationRepository operations;
    private final ResultRepository results;
    private final TaskForceRepository taskForces;
    private final CaseDirectory cases;
    private final AuditLog audit;
    private final TaskForceMapper mapper;

    public OperationService(OperationRepository operations, ResultRepository results, TaskForceRepository taskForces, CaseDirectory cases,
                            AuditLog audit, TaskForceMapper mapper) {
        this.operations = operations;
        this.results = results;
        this.taskForces = taskForces;
        this.cases = cases;
        this.audit = audit;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(OPERATION)
    public Uni<OperationView> plan(Caller caller, OperationCreate request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw ProblemException.badRequest("endsOn", "must not be before startsOn");
        }
        JointOperation op = mapper.toEntity(request);
        op.created(caller);
        op.leadAgency = caller.agency();
        op.agencies = new HashSet<>(request.agencies() == null ? Set.of() : request.agencies());
        op.agencies.add(caller.agency());
        Set<UUID> linkedForces = request.taskForces() == null ? Set.of() : request.taskForces();
        List<UUID> linkedCases = request.cases() == null ? List.of() : List.copyOf(request.cases());
        return taskForces.visibleAmong(linkedForces, caller.agency()).invoke(visible -> {
            Set<UUID> unknown = new TreeSet<>(linkedForces);
            visible.forEach(unknown::remove);
            if (!unknown.isEmpty()) {
                throw ProblemException.badRequest("taskForces", "no task force visible to your agency: " + unknown);
            }
            op.taskForces = new HashSet<>(linkedForces);
        }).flatMap(ok -> checkCases(caller, linkedCases, 0)).invoke(() -> op.cases = new HashSet<>(linkedCases))
                .flatMap(ok -> operations.persist(op))
                .call(saved -> audit.record(caller, "operation-planned", OPERATION, op.id, op.leadAgency))
                .map(mapper::toView);
    }

    private Uni<Void> checkCases(Caller caller, List<UUID> caseIds, int from) {
        if (from == caseIds.size()) {
            return Uni.createFrom().voidItem();
        }
        return cases.visibleCase(caller, caseIds.get(from), "cases[" + from + "]")
                .flatMap(found -> checkCases(caller, caseIds, from + 1));
    }

    public Uni<JointOperation> visible(Caller caller, UUID id) {
        return Visibility.orNotFound(operations.findVisible(id, caller.agency()), () -> operations.leadAgencyOf(id), OPERATION, id);
    }

    @WithSession
    public Uni<OperationView> get(Caller caller, UUID id) {
        return visible(caller, id).call(op -> audit.read(caller, OPERATION, op.id, op.leadAgency)).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<OperationView>> list(Caller caller, int page, int size) {
        return operations.visible(caller.agency(), page, size).flatMap(found -> operations.countVisible(caller.agency())
                .call(total -> audit.readAll(caller, found.stream()
                        .map(op -> new AuditLog.Touched(OPERATION, op.id.toString(), op.leadAgency)).toList()))
                .map(total -> new Page<>(found.stream().map(mapper::toView).toList(), page, size, total)));
    }

    /** A participating agency records a result; an arrest or seizure must be one of the operation's cases' records. */
    @WithTransaction
    @IdempotentCreate(RESULT)
    public Uni<ResultView> record(Caller caller, UUID operationId, ResultCreate request) {
        return visible(caller, operationId).flatMap(op -> {
            OperationResult r = new OperationResult();
            r.created(caller);
            r.operationId = op.id;
            r.kind = request.kind();
            r.recordedByAgency = caller.agency();
            Uni<OperationResult> filled = request.kind() == ResultKind.POPPY_ERADICATION ? Uni.createFrom().item(poppy(r, request))
                    : caseRecord(caller, op, r, request);
            return filled.flatMap(results::persist)
                    .call(saved -> audit.record(caller, "result-recorded", RESULT, r.id, op.leadAgency));
        }).map(mapper::toView);
    }

    private static OperationResult poppy(OperationResult r, ResultCreate request) {
        if (request.province() == null) {
            throw ProblemException.badRequest("province", "poppy eradication is reported by province (ISO 3166-2)");
        }
        if (request.on() == null) {
            throw ProblemException.badRequest("on", "the day of the eradication is required");
        }
        if (request.hectaresIdentified() == null || request.hectaresDestroyed() == null) {
            throw ProblemException.badRequest(request.hectaresIdentified() == null ? "hectaresIdentified" : "hectaresDestroyed",
                    "give the hectares identified and destroyed");
        }
        if (request.hectaresDestroyed().compareTo(request.hectaresIdentified()) > 0) {
            throw ProblemException.badRequest("hectaresDestroyed", "cannot exceed the hectares identified");
        }
        if (request.caseId() != null || request.recordId() != null) {
            throw ProblemException.badRequest("recordId", "poppy eradication refers to no case record");
        }
        r.province = request.province();
        r.resultOn = request.on();
        r.hectaresIdentified = request.hectaresIdentified();
        r.hectaresDestroyed = request.hectaresDestroyed();
        return r;
    }

    private Uni<OperationResult> caseRecord(Caller caller, JointOperation op, OperationResult r, ResultCreate request) {
        if (request.caseId() == null || request.recordId() == null) {
            throw ProblemException.badRequest(request.caseId() == null ? "caseId" : "recordId",
                    "an arrest or seizure is the case service's record: name its case and its id");
        }
        if (!op.cases.contains(request.caseId())) {
            throw ProblemException.badRequest("caseId", "case " + request.caseId() + " is not linked to this operation");
        }
        if (request.hectaresIdentified() != null || request.hectaresDestroyed() != null) {
            throw ProblemException.badRequest("hectaresIdentified", "hectares are for poppy eradication only");
        }
        r.caseId = request.caseId();
        r.recordId = request.recordId();
        if (request.kind() == ResultKind.ARREST) {
            return cases.arrest(caller, request.caseId(), request.recordId(), "recordId").map(a -> {
                r.province = a.province();
                r.resultOn = a.arrestedAt().atZone(ZoneOffset.UTC).toLocalDate();
                return r;
            });
        }
        return cases.seizure(caller, request.caseId(), request.recordId(), "recordId").map(s -> {
            r.province = s.province();
            r.resultOn = s.seizedAt().atZone(ZoneOffset.UTC).toLocalDate();
            r.substance = s.substance();
            r.quantity = s.quantity();
            r.unit = s.unit();
            return r;
        });
    }

    @WithSession
    public Uni<List<ResultView>> results(Caller caller, UUID operationId) {
        return visible(caller, operationId).flatMap(op -> results.ofOperation(op.id)
                .call(found -> audit.read(caller, RESULT + "-list", op.id, op.leadAgency)))
                .map(found -> found.stream().map(mapper::toView).toList());
    }

    @WithSession
    public Uni<ResultView> result(Caller caller, UUID operationId, UUID resultId) {
        return visible(caller, operationId).flatMap(op -> results.findInOperation(op.id, resultId)
                .onItem().ifNull().failWith(() -> Visibility.missing(RESULT, resultId))
                .call(r -> audit.read(caller, RESULT, r.id, op.leadAgency))).map(mapper::toView);
    }

    /** One operation's results, or (operationId null) those of every operation the caller's agency takes part in, in a period. */
    @WithSession
    public Uni<ResultsReport> report(Caller caller, UUID operationId, LocalDate from, LocalDate to) {
        Uni<UUID> scope = operationId == null ? Uni.createFrom().nullItem() : visible(caller, operationId).map(op -> op.id);
        return scope.flatMap(id -> results.totals(id, caller.agency(), from, to).map(rows -> ResultsTotals.report(id, from, to, rows)));
    }
}
