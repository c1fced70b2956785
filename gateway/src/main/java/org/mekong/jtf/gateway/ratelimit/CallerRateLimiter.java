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
import org.mekong.jtf.common.web.Problems;

import java.time.Duration;

/**
 * Token buckets held in memory on this gateway instance, in three scopes: the client address (taken
 * before the token is even parsed), the officer and the agency. With several replicas each enforces
 * its own share; that is accepted for an edge guard whose purpose is to stop a runaway client or a
 * flood, not to meter billing.
 */
@Singleton
public class CallerRateLimiter {

    /** One scope: its bandwidth and the buckets of the keys seen recently. */
    private record Scope(String name, long capacity, long perSecond, Bandwidth bandwidth, Cache<String, Bucket> buckets) {

        static Scope of(String name, GatewayConfig.Limit limit, long maxTracked) {
            if (limit.requestsPerSecond() < 1 || limit.burst() < 1) {
                throw new IllegalArgumentException("gateway.rate-limit." + name + ".requests-per-second and burst must be at least 1");
            }
            Bandwidth bandwidth = Bandwidth.builder().capacity(limit.burst())
                    .refillGreedy(limit.requestsPerSecond(), Duration.ofSeconds(1)).build();
            // A bucket left alone for the time it takes to refill completely is indistinguishable from a
            // new one, so forgetting it then loses nothing; the size cap bounds memory under address spraying.
            // Maintenance runs on the calling event loop: a few map operations now and then, cheaper than
            // Caffeine's default of waking a common-pool thread for them.
            Duration refill = Duration.ofMillis(Math.max(1, 1000L * limit.burst() / limit.requestsPerSecond()));
            return new Scope(name, limit.burst(), limit.requestsPerSecond(), bandwidth,
                    Caffeine.newBuilder().executor(Runnable::run).maximumSize(maxTracked).expireAfterAccess(refill.plusSeconds(1)).build());
        }

        ConsumptionProbe take(String key) {
            return buckets.get(key, k -> Bucket.builder().addLimit(bandwidth).build()).tryConsumeAndReturnRemaining(1);
        }
    }

    private final boolean enabled;
    private final Scope address;
    private final Scope officer;
    private final Scope agency;
    private final MeterRegistry registry;

    public CallerRateLimiter(GatewayConfig config, MeterRegistry registry) {
        GatewayConfig.RateLimit limit = config.rateLimit();
        this.enabled = limit.enabled();
        this.registry = registry;
        this.address = Scope.of("address", limit.address(), limit.maxTrackedCallers());
        this.officer = Scope.of("officer", limit.officer(), limit.maxTrackedCallers());
        this.agency = Scope.of("agency", limit.agency(), limit.maxTrackedCallers());
    }

    /**
     * The cheap first check, for every call before its token is looked at. When the address has no
     * token left, answers 429 and returns {@code false}; the caller must then stop handling the exchange.
     */
    public boolean admitAddress(RoutingContext rc, String clientAddress) {
        if (!enabled) {
            return true;
        }
        ConsumptionProbe probe = address.take(clientAddress);
        return probe.isConsumed() || refuse(rc, address, probe);
    }

    /**
     * After verification: one token from the officer's bucket and one from the agency's. On success
     * the {@code RateLimit-*} headers describe the officer's bucket (the one a client controls).
     */
    public boolean admit(RoutingContext rc, Caller caller) {
        if (!enabled) {
            return true;
        }
        ConsumptionProbe own = officer.take(caller.key());
        if (!own.isConsumed()) {
            return refuse(rc, officer, own);
        }
        ConsumptionProbe shared = agency.take(caller.agency());
        if (!shared.isConsumed()) {
            return refuse(rc, agency, shared);
        }
        long remaining = own.getRemainingTokens();
        long secondsToFull = (officer.capacity() - remaining + officer.perSecond() - 1) / officer.perSecond();
        rc.response().putHeader("RateLimit-Limit", Long.toString(officer.capacity()))
                .putHeader("RateLimit-Remaining", Long.toString(remaining))
                .putHeader("RateLimit-Reset", Long.toString(secondsToFull));
        return true;
    }

    private boolean refuse(RoutingContext rc, Scope scope, ConsumptionProbe probe) {
        long retryAfterSeconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        registry.counter("gateway.refused", "reason", "rate_limited_" + scope.name()).increment();
        rc.response().putHeader("Retry-After", Long.toString(retryAfterSeconds))
                .putHeader("RateLimit-Limit", Long.toString(scope.capacity()))
                .putHeader("RateLimit-Remaining", "0")
                .putHeader("RateLimit-Reset", Long.toString(retryAfterSeconds));
        Problems.send(rc, "too-many-requests", "Too many requests", 429,
                "Rate limit exceeded for this " + scope.name() + "; retry after " + retryAfterSeconds + " s.");
        return false;
    }
}
