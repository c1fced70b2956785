package org.mekong.jtf.taskforces.client;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.problem.Problem;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.util.List;
import java.util.UUID;

/**
 * What the task-force service asks the case service, on behalf of the caller (their own token, so
 * that the case service's tenancy decides): a case, an arrest or a seizure the caller's agency may
 * see. "Not visible" is a 422 naming the field; a case service that is down, slow or failing is a
 * fast 503 with Retry-After, never a hang or a 500.
 */
@ApplicationScoped
public class CaseDirectory {

    private static final Logger LOG = Logger.getLogger(CaseDirectory.class);

    private final GuardedCaseService cases;
    private final JsonWebToken token;

    public CaseDirectory(GuardedCaseService cases, JsonWebToken token) {
        this.cases = cases;
        this.token = token;
    }

    public Uni<CaseServiceApi.CaseSummary> visibleCase(Caller caller, UUID caseId, String field) {
        return answered(cases.jointCase(bearer(), caller.requestId(), caseId), field,
                "case " + caseId + " does not exist or your agency does not take part in it");
    }

    public Uni<CaseServiceApi.ArrestSummary> arrest(Caller caller, UUID caseId, UUID arrestId, String field) {
        return answered(cases.arrest(bearer(), caller.requestId(), caseId, arrestId), field,
                "no arrest " + arrestId + " in a case " + caseId + " your agency takes part in");
    }

    public Uni<CaseServiceApi.SeizureSummary> seizure(Caller caller, UUID caseId, UUID seizureId, String field) {
        return answered(cases.seizure(bearer(), caller.requestId(), caseId, seizureId), field,
                "no seizure " + seizureId + " in a case " + caseId + " your agency takes part in");
    }

    private String bearer() {
        return "Bearer " + token.getRawToken();
    }

    private static <T> Uni<T> answered(Uni<T> call, String field, String notVisible) {
        return call.onFailure().transform(e -> {
            if (e instanceof GuardedCaseService.Refused) {
                return new ProblemException(422, "not-in-case-service", "Unknown case record", field + ": " + notVisible,
                        List.of(new Problem.Violation(field, notVisible)));
            }
            LOG.warnf("The case service could not answer: %s", e.toString());
            return new ProblemException(503, "dependency-unavailable", "Service unavailable",
                    "the case service cannot be reached just now; retry shortly");
        });
    }
}
