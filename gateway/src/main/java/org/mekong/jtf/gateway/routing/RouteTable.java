package org.mekong.jtf.gateway.routing;

import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Maps a request path to the upstream that owns it. A prefix matches whole path segments only
 * ({@code /api/cases} owns {@code /api/cases/7} but not {@code /api/casesX}), and the longest
 * prefix wins so that a more specific route can be carved out of a broader one.
 */
@Singleton
public class RouteTable {

    /** A configured prefix and the upstream that owns it. */
    public record Route(String prefix, Upstream upstream) {
    }

    private final List<Route> routes;
    private final Map<String, Upstream> upstreams;

    public RouteTable(GatewayConfig config) {
        Map<String, Upstream> byName = new HashMap<>();
        Map<String, String> owners = new HashMap<>();
        List<Route> list = new ArrayList<>();
        config.services().forEach((name, service) -> {
            Upstream upstream = Upstream.of(name, service.url(), service.managementUrl(), service.prefixes());
            byName.put(name, upstream);
            for (String prefix : upstream.prefixes()) {
                String previous = owners.putIfAbsent(prefix, name);
                if (previous != null) {
                    throw new IllegalStateException("Path prefix " + prefix + " is claimed by both " + previous + " and " + name);
                }
                list.add(new Route(prefix, upstream));
            }
        });
        list.sort(Comparator.comparingInt((Route e) -> e.prefix().length()).reversed());
        this.routes = List.copyOf(list);
        this.upstreams = Map.copyOf(byName);
    }

    /** The route owning the path, e.g. prefix {@code /api/cases} for {@code /api/cases/7}. */
    public Optional<Route> resolve(String path) {
        for (Route route : routes) {
            String prefix = route.prefix();
            if (path.startsWith(prefix) && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/')) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    public Map<String, Upstream> upstreams() {
        return upstreams;
    }
}
