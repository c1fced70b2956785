package org.mekong.jtf.gateway.web;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AccessLogQueueTest {

    @Test
    void aWriterThatFallsBehindLosesLinesCountedNeverMemoryOrTime() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        // Disabled: no writer thread drains the queue, as if it had fallen behind.
        AccessLog log = new AccessLog(false, registry);
        for (int i = 0; i < AccessLog.MAX_PENDING + 25; i++) {
            log.offer("line " + i);
        }
        assertEquals(25.0, registry.counter("gateway.access.log.dropped").count());
    }
}
