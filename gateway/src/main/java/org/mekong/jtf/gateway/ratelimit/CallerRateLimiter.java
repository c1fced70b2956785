package org.mekong.jtf.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.security.Caller;
import org.mekong.jtf.gateway.web.Problems;

import java.time.Duration;

/**
 * One token bucket per caller (officer + agency, or client address when anonymous), held in memory
 * on this gateway instance. With several replicas each enforces its own share; that is accepted
 * for an edge guard whose purpose is to stop a runaway client, not to meter billing.
 */
@Singleton
public class CallerRateLimiter {

    private final boolean enabled;
    private final Bandwidth bandwidth;
    private final Cache<String, Bucket> buckets;
    private final MeterRegistry registry;

    public CallerRateLimiter(GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        if (limit.requestsPerSecond() < 1 || limit.burst() < 1) {
            throw new IllegalArgumentException("gateway.rate-limit.requests-per-second and burst must be at least 1");
        }
        this.enabled = limit.enabled();
        this.registry = registry;
        this.bandwidth = Bandwidth.builder()
                .capacity(limit.burst())
                .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1))
                .build();
        // A bucket left alone for the time it takes to refill completely is indistinguishable from a
        // new one, so forgetting it then loses nothing; the size cap bounds memory under address spraying.
        Duration refillTime = Duration.ofMillis(Math.max(1, 1000L * limit.burst() / limit.requestsPerSecond()));
        this.buckets = Caffeine.newBuilder()
                .maximumSize(limit.maxTrackedCallers())
                .expireAfterAccess(refillTime.plusSeconds(1))
                .build();
    }

    /**
     * Takes one token for the caller. When none is left, answers 429 with Retry-After and returns
     * {@code false}; the caller must then stop handling the exchange.
     */
    public boolean admit(RoutingContext rc, Caller caller) {
        if (!enabled) {
            return true;
        }
        ConsumptionProbe probe = buckets.get(caller.key(), k -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return true;
        }
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        registry.counter("gateway.refused", "reason", "rate_limited").increment();
        rc.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        Problems.send(rc, "too-many-requests", "Too many requests", 429,
                "Rate limit exceeded for this caller; retry after " + retryAfterSeconds + " s.");
        return false;
    }

    /** Number of callers currently tracked (for tests and diagnostics). */
    public long trackedCallers() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }
}
