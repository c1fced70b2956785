package org.mekong.jtf.gateway;

import org.junit.jupiter.api.Test;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.routing.RouteTable;
import org.mekong.jtf.gateway.routing.Upstream;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {

    private static GatewayConfig config(Map<String, GatewayConfig.Upstream> services) {
        return new GatewayConfig() {
            public Map<String, Upstream> services() { return services; }
            public Duration upstreamTimeout() { return Duration.ofSeconds(10); }
            public Duration connectTimeout() { return Duration.ofSeconds(3); }
            public RateLimit rateLimit() { return null; }
            public boolean accessLog() { return false; }
            public TokenCache tokenCache() { return null; }
            public Dossier dossier() { return null; }
        };
    }

    private static GatewayConfig.Upstream service(String url, String... prefixes) {
        return new GatewayConfig.Upstream() {
            public String url() { return url; }
            public List<String> prefixes() { return List.of(prefixes); }
            public String managementUrl() { return url.replace("8080", "9000"); }
        };
    }

    private final RouteTable table = new RouteTable(config(Map.of(
            "case-service", service("http://case:8080", "/api/cases", "/api/audit/cases"),
            "intel-service", service("https://intel", "/api/intel", "/api/cases/intel-links"))));

    private String owner(String path) {
        return table.resolve(path).map(route -> route.upstream().name()).orElse("none");
    }

    @Test
    void matchesWholeSegmentsAndPrefersTheLongestPrefix() {
        assertEquals("case-service", owner("/api/cases"));
        assertEquals("case-service", owner("/api/cases/7/arrests"));
        assertEquals("none", owner("/api/casesX"));
        assertEquals("case-service", owner("/api/audit/cases/1"));
        assertEquals("none", owner("/api/audit"));
        assertEquals("intel-service", owner("/api/cases/intel-links/3"));
        assertEquals("intel-service", owner("/api/intel/reports"));
    }

    @Test
    void parsesPortsAndScheme() {
        Upstream intel = table.upstreams().get("intel-service");
        assertEquals(443, intel.api().port());
        assertTrue(intel.api().ssl());
        assertEquals(8080, table.upstreams().get("case-service").api().port());
        assertEquals(9000, table.upstreams().get("case-service").management().port());
    }

    @Test
    void rejectsBadConfiguration() {
        assertThrows(IllegalStateException.class, () -> new RouteTable(config(Map.of(
                "a", service("http://a", "/api/x"), "b", service("http://b", "/api/x")))));
        assertThrows(IllegalStateException.class, () -> new RouteTable(config(Map.of("a", service("ftp://a", "/api/x")))));
        assertThrows(IllegalStateException.class, () -> new RouteTable(config(Map.of("a", service("http://a/base", "/api/x")))));
        assertThrows(IllegalStateException.class, () -> new RouteTable(config(Map.of("a", service("http://a", "/other")))));
    }
}
