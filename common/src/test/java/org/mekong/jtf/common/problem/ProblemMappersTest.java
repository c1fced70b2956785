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
}
