package org.mekong.jtf.common.problem;

import org.junit.jupiter.api.Test;

import java.net.ConnectException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void unreachableDatabaseIs503WithRetryAfter() {
        var response = mappers.unexpected(new IllegalStateException("pool", new ConnectException("Connection refused")), null);
        assertEquals(503, response.getStatus());
        assertEquals("5", response.getHeaderString("Retry-After"));
        Problem body = (Problem) response.getEntity();
        assertEquals(Problem.TYPE_BASE + "dependency-unavailable", body.type());
    }

    @Test
    void unexpectedFailureIs500WithoutInternals() {
        var response = mappers.unexpected(new NullPointerException("secret.internal.Field was null"), null);
        assertEquals(500, response.getStatus());
        Problem body = (Problem) response.getEntity();
        assertFalse(body.detail().contains("secret") || body.detail().contains("NullPointer"));
    }

    @Test
    void optimisticLockFailureIs412() {
        var response = mappers.unexpected(new RuntimeException(new jakarta.persistence.OptimisticLockException("row changed")), null);
        assertEquals(412, response.getStatus());
    }

    /** Seen while PostgreSQL restarted under writes: none of these may be a 500. */
    @Test
    void everyShapeOfDatabaseUnavailabilityIs503() {
        var shuttingDown = new io.vertx.pgclient.PgException("the database system is shutting down", "FATAL", "57P03", null);
        var terminated = new io.vertx.pgclient.PgException("terminating connection due to administrator command", "FATAL", "57P01", null);
        java.util.List<Throwable> failures = java.util.List.of(
                new jakarta.persistence.PersistenceException("could not execute", shuttingDown),
                new RuntimeException(terminated),
                new java.io.IOException("Connection reset"),
                io.vertx.sqlclient.ClosedConnectionException.INSTANCE,
                new io.smallrye.mutiny.CompositeException(new IllegalStateException("Session is closed"),
                        new io.vertx.core.VertxException("Connection reset by peer", true)),
                new io.vertx.pgclient.PgException("too many connections", "FATAL", "53300", null),
                new RuntimeException(new io.vertx.core.impl.NoStackTraceThrowable(
                        "Connection is not active now, current status: CLOSED")));
        for (Throwable failure : failures) {
            var response = mappers.unexpected(failure, null);
            assertEquals(503, response.getStatus(), failure.toString());
            assertEquals("5", response.getHeaderString("Retry-After"));
        }
        // a query the database refused for its own content is not an outage
        var syntax = new io.vertx.pgclient.PgException("syntax error", "ERROR", "42601", null);
        assertEquals(500, mappers.unexpected(new RuntimeException(syntax), null).getStatus());
    }

    /**
     * Two requests racing to create the same thing: Hibernate Reactive reports the unique violation as
     * a suppressed SQLException, not the driver's PgException. Either way a 409, never a 500.
     */
    @Test
    void aUniqueViolationIs409HoweverItIsWrapped() {
        var hibernate = new RuntimeException("flush failed");
        hibernate.addSuppressed(new RuntimeException("constraint", new java.sql.SQLException("duplicate key value", "23505")));
        assertEquals(409, mappers.unexpected(hibernate, null).getStatus());
        var driver = new io.vertx.pgclient.PgException("duplicate key value", "ERROR", "23505", null);
        assertEquals(409, mappers.unexpected(new RuntimeException(driver), null).getStatus());
        // and an unavailable database reported the same way is a 503
        var lost = new RuntimeException("flush failed", new java.sql.SQLException("terminating connection", "57P01"));
        assertEquals(503, mappers.unexpected(lost, null).getStatus());
    }
}
