package org.mekong.jtf.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Gateway settings. The route table lives in configuration (not code) so that an operator can see
 * in one place which upstream answers which path prefix, and tests can point a route elsewhere.
 */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** Upstream services by name (the name appears in 502 details and in readiness data). */
    Map<String, Upstream> services();

    /**
     * How long an upstream may stay silent (no response bytes) before the call answers 504.
     */
    @WithDefault("10s")
    Duration upstreamTimeout();

    /** How long establishing a connection may take before the upstream counts as unavailable (502). */
    @WithDefault("3s")
    Duration connectTimeout();

    RateLimit rateLimit();

    interface Upstream {
        /** Base URL, scheme + host + optional port, e.g. {@code http://case-service:8080}. */
        String url();

        /** Path prefixes this service owns, each starting with {@code /api/}; the path is forwarded unchanged. */
        List<String> prefixes();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Sustained rate per caller. */
        @WithDefault("50")
        long requestsPerSecond();

        /** Bucket capacity: how many calls a caller may make at once after being idle. */
        @WithDefault("100")
        long burst();

        /** Upper bound on the number of callers tracked at once; beyond it the least recently seen are dropped. */
        @WithDefault("100000")
        long maxTrackedCallers();
    }
}
