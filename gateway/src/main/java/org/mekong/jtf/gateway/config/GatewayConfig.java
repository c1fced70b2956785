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

    /** One line per API call (see AccessLog): address, request line, status, size, duration, request id. */
    @WithDefault("true")
    boolean accessLog();

    interface Upstream {
        /** Base URL, scheme + host + optional port, e.g. {@code http://case-service:8080}. */
        String url();

        /** Path prefixes this service owns, each starting with {@code /api/}; the path is forwarded unchanged. */
        List<String> prefixes();

        /**
         * The service's management interface (readiness, OpenAPI document), e.g.
         * {@code http://case-service:9000}: never reachable through the gateway's API routes.
         */
        String managementUrl();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Per officer (token subject + agency): what one person or one integration client may do. */
        Limit officer();

        /** Per agency: all its officers together, so one agency cannot starve the others. */
        Limit agency();

        /**
         * Per client address, checked before any token is verified, so that a flood of bad tokens
         * costs a map lookup, not RSA work. Behind an ingress, see {@code GATEWAY_TRUST_FORWARDED}.
         */
        Limit address();

        /** Upper bound on the number of buckets kept per scope; beyond it the least recently seen are dropped. */
        @WithDefault("100000")
        long maxTrackedCallers();
    }

    interface Limit {
        /** Sustained rate. */
        long requestsPerSecond();

        /** Bucket capacity: how many calls may come at once after a quiet spell. */
        long burst();
    }

    TokenCache tokenCache();

    /** Verified tokens remembered by a hash of the token, so a busy officer's token is checked once, not per call. */
    interface TokenCache {
        @WithDefault("10000")
        long maxEntries();

        /** Never longer than the token's own expiry, whichever comes first. */
        @WithDefault("60s")
        Duration ttl();
    }

    Dossier dossier();

    /** The case dossier: one answer assembled from every service. */
    interface Dossier {
        /** How long one part may take before the dossier is answered without it (listed as degraded). */
        @WithDefault("2s")
        Duration partTimeout();

        /** Items per list in a dossier; a longer list is cut and listed under {@code truncated}. */
        @WithDefault("100")
        int maxItems();

        /** Task forces of a case whose deployments and tasks are included. */
        @WithDefault("20")
        int maxTaskForces();

        /**
         * Further TrueType fonts for the PDF, tried in order after DejaVu Sans for characters it lacks
         * (Thai, Lao, Khmer, Burmese, Chinese): e.g. Noto Sans Thai on the host.
         */
        java.util.Optional<List<String>> extraFonts();
    }
}
