package org.mekong.jtf.gateway.routing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.httpproxy.ProxyContext;

/**
 * Calls whose client hung up before its answer was through, counted once per call as
 * {@code gateway_client_aborted}: the proxy may learn of it twice (its request to the upstream is
 * reset, and the exchange then fails), and neither is the upstream's failure.
 */
final class ClientAborts {

    private static final String COUNTED = "gateway.client-abort-counted";

    private final Counter counter;

    ClientAborts(Upstream upstream, MeterRegistry registry) {
        this.counter = registry.counter("gateway.client.aborted", "service", upstream.name());
    }

    /** True when the client is gone (and the call is then counted, once). */
    boolean clientLeft(ProxyContext context) {
        if (!context.request().proxiedRequest().response().closed()) {
            return false;
        }
        if (context.get(COUNTED, Boolean.class) == null) {
            context.set(COUNTED, Boolean.TRUE);
            counter.increment();
        }
        return true;
    }
}
