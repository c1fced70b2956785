package org.mekong.jtf.common.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class ErrorMetricTagsTest {

    private final ErrorMetricTags tags = new ErrorMetricTags();

    private Meter.Id errors(String exceptionClass) {
        return new Meter.Id(ErrorMetricTags.SERVER_ERRORS, Tags.of("class", exceptionClass, "server_port", "8080"),
                null, null, Meter.Type.COUNTER);
    }

    @Test
    void exceptionClassesBecomeKinds() {
        assertEquals("connection", tags.exceptionKindsNotClassNames().map(errors("java.net.SocketException")).getTag("kind"));
        assertEquals("connection", tags.exceptionKindsNotClassNames().map(errors("io.netty.channel.StacklessClosedChannelException")).getTag("kind"));
        assertEquals("tls", tags.exceptionKindsNotClassNames().map(errors("javax.net.ssl.SSLHandshakeException")).getTag("kind"));
        assertEquals("timeout", tags.exceptionKindsNotClassNames().map(errors("io.netty.handler.timeout.ReadTimeoutException")).getTag("kind"));
        assertEquals("other", tags.exceptionKindsNotClassNames().map(errors("java.lang.IllegalStateException")).getTag("kind"));
        Meter.Id mapped = tags.exceptionKindsNotClassNames().map(errors("java.net.SocketException"));
        assertNull(mapped.getTag("class"));
        assertEquals("8080", mapped.getTag("server_port"));
    }

    @Test
    void otherMetersAreLeftAlone() {
        Meter.Id other = new Meter.Id("http.server.requests", Tags.of("class", "x"), null, null, Meter.Type.TIMER);
        assertSame(other, tags.exceptionKindsNotClassNames().map(other));
    }
}
