package org.mekong.jtf.gateway.routing;

import java.net.URI;
import java.util.List;

/** A resolved upstream service: where to connect and which path prefixes it owns. */
public record Upstream(String name, String url, String host, int port, boolean ssl, List<String> prefixes) {

    /** Parses and checks one configured service, failing startup with a message an operator can act on. */
    static Upstream of(String name, String url, List<String> prefixes) {
        URI uri;
        try {
            uri = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("gateway.services." + name + ".url is not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase();
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new IllegalStateException("gateway.services." + name + ".url must be http(s)://host[:port], got: " + url);
        }
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            // The request path is forwarded unchanged, so a base path would silently be ignored.
            throw new IllegalStateException("gateway.services." + name + ".url must not carry a path, got: " + url);
        }
        boolean ssl = scheme.equals("https");
        int port = uri.getPort() != -1 ? uri.getPort() : ssl ? 443 : 80;
        for (String prefix : prefixes) {
            if (!prefix.startsWith("/api/") || prefix.endsWith("/") || prefix.contains("*")) {
                throw new IllegalStateException("gateway.services." + name + ".prefixes entries must look like "
                        + "/api/segment[/segment] without a trailing slash or wildcard, got: " + prefix);
            }
        }
        return new Upstream(name, url, uri.getHost(), port, ssl, List.copyOf(prefixes));
    }
}
