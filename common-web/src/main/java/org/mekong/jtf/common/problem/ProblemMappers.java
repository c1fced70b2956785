package org.mekong.jtf.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.ext.web.RoutingContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mekong.jtf.common.web.RequestIdentity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one mapping from failures to RFC 9457 responses used by every service. Messages are written
 * for the caller; stack traces and class names stay in the server log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";
    /** Properties of a record the server sets: sending one is a client error worth naming as such. */
    private static final java.util.Set<String> SERVER_OWNED = java.util.Set.of("id", "version", "createdAt", "createdBy",
            "updatedAt", "updatedBy", "leadAgency", "reference", "caseId", "kgEquivalent", "foreigner", "closedOn");

    private final Instance<RefusalLog> refusals;

    @Inject
    public ProblemMappers(Instance<RefusalLog> refusals) {
        this.refusals = refusals;
    }

    /** Outside CDI (unit tests): nothing to write refusals to. */
    ProblemMappers() {
        this(null);
    }

    @ServerExceptionMapper
    public Uni<Response> problem(ProblemException e, RoutingContext rc) {
        Response response = respond(rc, e.status(), e.slug(), e.title(), e.getMessage(), e.violations());
        if (e.status() == 503) {
            response = Response.fromResponse(response).header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (e.refusal() == null) {
            return Uni.createFrom().item(response);
        }
        return auditRefusal(e.refusal(), rc, response);
    }

    /** A refusal is answered only once it is in the audit log; if it cannot be written, 503. */
    private Uni<Response> auditRefusal(RefusalLog.Refusal refusal, RoutingContext rc, Response response) {
        if (refusals == null || !refusals.isResolvable()) {
            return Uni.createFrom().item(response);
        }
        return refusals.get().refused(refusal, rc.request().method().name(), rc.request().path())
                .replaceWith(response)
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Refusal of request %s could not be audited: %s", RequestIdentity.requestId(rc), failure.getMessage());
                    return unavailable(rc, "the audit trail of this request could not be written; retry shortly");
                });
    }

    private static Response unavailable(RoutingContext rc, String detail) {
        return Response.fromResponse(respond(rc, 503, "dependency-unavailable", "Service unavailable", detail, null))
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, RoutingContext rc) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return respond(rc, 400, "validation", "Invalid request", detail, violations);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, RoutingContext rc) {
        String field = e instanceof JsonMappingException m ? pathOf(m.getPath()) : null;
        String message;
        if (e instanceof UnrecognizedPropertyException u && SERVER_OWNED.contains(u.getPropertyName())) {
            message = "'" + u.getPropertyName() + "' is set by the server and cannot be sent";
        } else if (e instanceof UnrecognizedPropertyException u) {
            message = "unknown property '" + u.getPropertyName() + "'";
        } else if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getTargetType().isEnum()) {
            message = "'" + f.getValue() + "' is not one of " + java.util.Arrays.toString(f.getTargetType().getEnumConstants());
        } else if (e instanceof InvalidFormatException f) {
            message = "'" + f.getValue() + "' is not a valid " + simpleTypeName(f.getTargetType());
        } else if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            message = "expected a " + simpleTypeName(m.getTargetType());
        } else {
            message = "the body is not well-formed JSON";
        }
        List<Problem.Violation> violations = field == null || field.isEmpty()
                ? null : List.of(new Problem.Violation(field, message));
        return respond(rc, 400, "malformed-body", "Unreadable request body",
                field == null || field.isEmpty() ? message : field + ": " + message, violations);
    }

    /** Quarkus REST brings its own mapper for this type; ours must be at least as specific to win. */
    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, RoutingContext rc) {
        return unreadableJson(e, rc);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, RoutingContext rc) {
        return unauthenticated(rc);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, RoutingContext rc) {
        return unauthenticated(rc);
    }

    /** A refusal by role, before any object is looked at: written to the service's own refusal log. */
    @ServerExceptionMapper
    public Uni<Response> forbidden(ForbiddenException e, RoutingContext rc) {
        return auditRefusal(null, rc, respond(rc, 403, "forbidden", "Forbidden", "your role does not allow this operation", null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, RoutingContext rc) {
        // the JSON reader reports a body it cannot parse as a bare 400 around the parser's exception
        if (e.getCause() instanceof JsonProcessingException unreadable) {
            return unreadableJson(unreadable, rc);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return respond(rc, status, "server-error", "Server error", "the request could not be completed", null);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "no such resource";
            case 405 -> "method not allowed on this resource";
            case 406 -> "the requested media type is not available";
            case 415 -> "send the body as application/json";
            default -> title;
        };
        return respond(rc, status, slug(title), title, detail, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, RoutingContext rc) {
        if (rc != null && rc.response().headWritten() && rc.response().getStatusCode() == 413) {
            // RESTEasy answered its own 413 when a body sent in chunks passed the limit while it was read;
            // the reader's exception arrives after. The request was refused, nothing failed.
            LOG.debugf("Request %s: body over the limit, refused with 413 while read (%s)", RequestIdentity.requestId(rc),
                    e.getMessage());
            return Response.status(413).build();
        }
        if (e.getCause() instanceof ConstraintViolationException cve) {
            return constraintViolation(cve, rc);
        }
        if (isStaleVersion(e)) {
            return respond(rc, 412, "stale-version", "Precondition failed",
                    "the record was changed by someone else; read it again and retry with its current ETag", null);
        }
        if (hasSqlState(e, "23505")) {
            // two requests raced to create the same thing (or a random reference collided): retrying is safe
            return respond(rc, 409, "conflict", "Conflict", "a concurrent request created the same record; retry", null);
        }
        if (isUnreachableDependency(e)) {
            // the database (or another service) is down: say so at once instead of a generic 500
            LOG.warnf("Request %s failed, a dependency is unreachable: %s", RequestIdentity.requestId(rc), e.getMessage());
            return unavailable(rc, "a system this request needs (its database) cannot be reached; retry shortly");
        }
        LOG.errorf(e, "Unexpected failure of request %s", RequestIdentity.requestId(rc));
        return respond(rc, 500, "server-error", "Server error",
                "the request could not be completed; quote the request id when reporting it", null);
    }

    /**
     * A concurrent update that won the race past our If-Match check: Hibernate's version check fails
     * at flush. Matched by name because the gateway uses this module without Hibernate on its path.
     */
    private static boolean isStaleVersion(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (name.equals("jakarta.persistence.OptimisticLockException") || name.equals("org.hibernate.StaleStateException")
                    || name.equals("org.hibernate.StaleObjectStateException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database (or another system) cannot serve the request now: refused connections, connections
     * reset or closed under the request, a server shutting down or starting (SQLSTATE 57P01-57P03),
     * connection and resource errors (classes 08 and 53), pool timeouts — however the driver,
     * Hibernate or Mutiny wrap them (causes, suppressed and composite failures are searched). None
     * of these was applied, and a retry may succeed: 503, never 500. Matched by name, because the
     * gateway uses this module without a database driver.
     */
    static boolean isUnreachableDependency(Throwable e) {
        return Failures.anyCause(e, ProblemMappers::isUnavailability);
    }

    private static boolean isUnavailability(Throwable c) {
        if (c instanceof java.net.ConnectException || c instanceof java.nio.channels.ClosedChannelException
                || c instanceof java.util.concurrent.TimeoutException) {
            return true;
        }
        String name = c.getClass().getName();
        String message = c.getMessage() == null ? "" : c.getMessage();
        if (name.equals("io.vertx.pgclient.PgException") || c instanceof java.sql.SQLException) {
            String state = c instanceof java.sql.SQLException sql ? sql.getSQLState() : sqlState(c);
            if (state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"))) {
                return true;
            }
        }
        if (name.equals("io.vertx.sqlclient.ClosedConnectionException") || name.endsWith("NoStackTraceTimeoutException")) {
            return true;
        }
        if (c instanceof java.io.IOException || name.startsWith("io.vertx.") || name.startsWith("io.netty.")) {
            return message.contains("Connection reset") || message.contains("Broken pipe")
                    || message.contains("Connection is closed") || message.contains("Pool closed")
                    || message.contains("Connection is not active now")
                    || message.contains("Failed to read any response from the server");
        }
        return false;
    }

    /** The driver's PgException, or the SQLException Hibernate Reactive wraps it in, with this SQLSTATE. */
    private static boolean hasSqlState(Throwable e, String state) {
        return Failures.anyCause(e, c -> (c.getClass().getName().equals("io.vertx.pgclient.PgException") && state.equals(sqlState(c)))
                || (c instanceof java.sql.SQLException sql && state.equals(sql.getSQLState())));
    }

    private static String sqlState(Throwable pgException) {
        try {
            return (String) pgException.getClass().getMethod("getSqlState").invoke(pgException);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return null;
        }
    }

    private Response unauthenticated(RoutingContext rc) {
        return Response.fromResponse(respond(rc, 401, "unauthenticated", "Unauthenticated",
                        "a valid bearer token (signature, issuer, audience, expiry, agency, country and groups claims) is required", null))
                .header("WWW-Authenticate", "Bearer").build();
    }

    public static Response respond(RoutingContext rc, int status, String slug, String title, String detail,
                                   List<Problem.Violation> violations) {
        String instance = rc == null ? null : rc.request().path();
        Problem body = new Problem(Problem.TYPE_BASE + slug, title, status, detail, instance,
                RequestIdentity.requestId(rc), violations);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** {@code create.request.quantity} names the method and parameter first; the caller knows only the field. */
    private static String fieldOf(ConstraintViolation<?> v) {
        List<String> nodes = new ArrayList<>();
        for (Path.Node node : v.getPropertyPath()) {
            String name = node.getName();
            if (node.getIndex() != null && !nodes.isEmpty()) {
                nodes.set(nodes.size() - 1, nodes.get(nodes.size() - 1) + "[" + node.getIndex() + "]");
            }
            if (name != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
                nodes.add(name);
            }
        }
        boolean parameterPath = v.getPropertyPath().iterator().next().getKind() == jakarta.validation.ElementKind.METHOD;
        List<String> field = parameterPath && nodes.size() > 2 ? nodes.subList(2, nodes.size())
                : parameterPath && nodes.size() == 2 ? nodes.subList(1, 2) : nodes;
        return String.join(".", field);
    }

    private static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "boolean";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "ISO-8601 date/time";
        }
        if (type == String.class) {
            return "string";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String slug(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
