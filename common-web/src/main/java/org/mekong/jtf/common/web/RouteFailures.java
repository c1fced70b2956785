package org.mekong.jtf.common.web;

import io.quarkus.security.AuthenticationException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.concurrent.RejectedExecutionException;

/**
 * Failures of the HTTP layer itself, outside any REST resource (whose exceptions ProblemMappers
 * answers): a request without {@code Host}, a path that does not decode ({@code %ZZ}), an exception
 * in a plain Vert.x route. They get the same problem+json as everything else, with a request id,
 * instead of Quarkus' default error body or an empty one. (The metrics tag such answers UNKNOWN, not by
 * the path that failed: {@code suppress4xx-errors} in this module's configuration.)
 * <p>
 * Security failures are left to Quarkus, which answers them with the right challenge.
 */
@Singleton
public class RouteFailures {

    private static final Logger LOG = Logger.getLogger(RouteFailures.class);

    void install(@Observes Router router) {
        router.route().failureHandler(this::answer);
    }

    void answer(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (failure instanceof AuthenticationException || failure instanceof UnauthorizedException
                || failure instanceof ForbiddenException) {
            rc.next();
            return;
        }
        boolean clientGone = failure instanceof IOException;
        if (rc.response().headWritten()) {
            // Too late for a problem: the status line is gone. Cut the exchange rather than send half of it.
            if (clientGone) {
                LOG.debugf("Request %s: the client went away during the answer: %s", RequestIdentity.requestId(rc), failure.getMessage());
            } else {
                LOG.warnf(failure, "Request %s failed after its answer began", RequestIdentity.requestId(rc));
            }
            rc.response().reset();
            return;
        }
        String requestId = RequestIdentity.ensureIdentity(rc);
        if (failure instanceof RejectedExecutionException) {
            // The worker pool is full: a moment later it may not be.
            LOG.warnf("Request %s refused, no worker free: %s", requestId, failure.getMessage());
            rc.response().putHeader("Retry-After", "1").putHeader("X-Content-Type-Options", "nosniff");
            Problems.send(rc, "service-unavailable", "Service unavailable", 503, "The service is busy; retry shortly.");
            return;
        }
        int status = rc.statusCode() >= 400 && rc.statusCode() <= 599 ? rc.statusCode() : 500;
        if (clientGone) {
            LOG.debugf("Request %s: the client went away: %s", requestId, failure.getMessage());
        } else if (status >= 500) {
            LOG.errorf(failure, "Request %s failed", requestId);
        } else {
            LOG.debugf("Request %s refused by the HTTP layer (%d): %s", requestId, status,
                    failure == null ? "" : failure.getMessage());
        }
        rc.response().putHeader("X-Content-Type-Options", "nosniff");
        switch (status) {
            case 400 -> Problems.send(rc, "bad-request", "Bad request", 400,
                    "The request is malformed (its Host header, path or encoding).");
            case 404 -> Problems.send(rc, "not-found", "Not found", 404, "No such resource.");
            case 405 -> Problems.send(rc, "method-not-allowed", "Method not allowed", 405,
                    "This method is not allowed on this resource.");
            case 413 -> Problems.send(rc, "payload-too-large", "Payload too large", 413, "The request body is too large.");
            default -> Problems.send(rc, status >= 500 ? "server-error" : "bad-request",
                    status >= 500 ? "Server error" : "Request refused", status,
                    status >= 500 ? "The request could not be completed; quote the request id when reporting it."
                            : "The request was refused.");
        }
    }
}
