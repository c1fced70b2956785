package org.mekong.jtf.taskforces.client;

import io.smallrye.faulttolerance.api.AsynchronousNonBlocking;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The case-service calls with their guards: each attempt times out after 1 s, a failure that may
 * pass (a 5xx, a refused or reset connection, a timeout) is retried twice, 100 ms apart, and when
 * half of the last ten calls failed the circuit opens for 5 s, so that callers get a fast 503
 * instead of queueing behind a dead service. An answer the case service gave on purpose (404: not
 * visible to the caller) is neither retried nor counted as a failure. Non-blocking: the calls run
 * on the caller's event loop.
 */
@ApplicationScoped
public class GuardedCaseService {

    /** The case service answered, and its answer is "no" (404, 403): not a failure of the service. */
    public static class Refused extends RuntimeException {
        public final int status;

        Refused(int status) {
            super("the case service refused: " + status, null, false, false);
            this.status = status;
        }
    }

    private final CaseServiceApi api;

    public GuardedCaseService(@RestClient CaseServiceApi api) {
        this.api = api;
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = Refused.class)
    public Uni<CaseServiceApi.CaseSummary> jointCase(String authorization, String requestId, UUID caseId) {
        return refusals(api.jointCase(authorization, requestId, caseId));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = Refused.class)
    public Uni<CaseServiceApi.ArrestSummary> arrest(String authorization, String requestId, UUID caseId, UUID id) {
        return refusals(api.arrest(authorization, requestId, caseId, id));
    }

    @AsynchronousNonBlocking
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 100, abortOn = Refused.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS, skipOn = Refused.class)
    public Uni<CaseServiceApi.SeizureSummary> seizure(String authorization, String requestId, UUID caseId, UUID id) {
        return refusals(api.seizure(authorization, requestId, caseId, id));
    }

    private static <T> Uni<T> refusals(Uni<T> call) {
        return call.onFailure(WebApplicationException.class).transform(e -> {
            int status = ((WebApplicationException) e).getResponse().getStatus();
            return status < 500 && status != 408 && status != 429 ? new Refused(status) : e;
        });
    }
}
