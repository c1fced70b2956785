package org.mekong.jtf.gateway.routing;

import java.net.URI;
import java.util.List;

/** A resolved upstream service: where to connect and which path prefixes it owns. */
public record Upstream(String name, String url, Endpoint api, Endpoint management, List<String> prefixes) {

    /** Where to connect: host, port, TLS or not. */
    public record Endpoint(String host, int port, boolean ssl) {
    }

    /** Parses and checks one configured service, failing startup with a message an operator can act on. */
    static Upstream of(String name, String url, String managementUrl, List<String> prefixes) {
        Endpoint api = endpoint(name, "url", url);
        Endpoint management = endpoint(name, "management-url", managementUrl);
        for (String prefix : prefixes) {
            if (!prefix.startsWith("/api/") || prefix.endsWith("/") || prefix.contains("*")) {
                throw new IllegalStateException("gateway.services." + name + ".prefixes entries must look like "
                        + "/api/segment[/segment] without a trailing slash or wildcard, got: " + prefix);
            }
        }
        return new Upstream(name, url, api, management, List.copyOf(prefixes));
    }

    private static Endpoint endpoint(String name, String key, String url) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.services." + name + "." + key + " is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalStateException("gateway.services." + name + "." + key + " must be http(s)://host[:port], got: " + url);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            // Paths are sent unchanged, so a base path would silently be ignored.
            throw new IllegalStateException("gateway.services." + name + "." + key + " must not carry a path, got: " + url);
        }
        boolean ssl = scheme.equals("https");
        return new Endpoint(uri.getHost(), uri.getPort() != -1 ? uri.getPort() : ssl ? 443 : 80, ssl);
    }
}
