package org.mekong.jtf.gateway.routing;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import io.vertx.core.net.SocketAddress;
import io.vertx.httpproxy.ProxyRequest;

import java.util.Locale;
import java.util.Set;

/**
 * What the upstream is told about the original request, so that every {@code Location} and link it
 * builds names the gateway: {@code Forwarded} (RFC 7239) and {@code X-Forwarded-Host/Proto/For},
 * always set by the gateway from what it saw itself. Whatever a client sent under those names is
 * replaced, never appended to: the services trust these headers from the gateway's address only,
 * so a client must not be able to choose them. (Behind an ingress the gateway believes the
 * ingress's, see {@code GATEWAY_TRUST_FORWARDED}, and what it passes on is then the ingress's view.)
 * <p>
 * Hop-by-hop headers (RFC 9110 §7.6.1), including those the client names in {@code Connection}, are
 * dropped. {@code Authorization} passes unchanged: the services verify the token again.
 */
final class ForwardedHeaders {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "proxy-authenticate", "proxy-authorization", "te", "trailer", "upgrade");
    private static final Set<String> NEVER_DROPPED = Set.of("authorization", "host", "content-length",
            "transfer-encoding", "content-type");

    private ForwardedHeaders() {
    }

    static void apply(ProxyRequest request) {
        HttpServerRequest original = request.proxiedRequest();
        MultiMap headers = request.headers();
        // Every Connection header counts: a client may send several.
        for (String connection : original.headers().getAll("Connection")) {
            for (String token : connection.split(",")) {
                String name = token.trim().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !NEVER_DROPPED.contains(name)) {
                    headers.remove(name);
                }
            }
        }
        HOP_BY_HOP.forEach(headers::remove);

        HostAndPort authority = original.authority();
        String host = authority == null ? null : authority.port() > 0
                ? authority.host() + ":" + authority.port() : authority.host();
        String proto = original.scheme() == null ? "http" : original.scheme();
        SocketAddress remote = original.remoteAddress();
        String client = remote == null ? null : remote.hostAddress();

        headers.remove("X-Forwarded-Host").remove("X-Forwarded-Proto").remove("X-Forwarded-For")
                .remove("X-Forwarded-Port").remove("X-Forwarded-Prefix").remove("X-Forwarded-Server")
                .remove("Forwarded");
        StringBuilder forwarded = new StringBuilder();
        if (client != null) {
            headers.set("X-Forwarded-For", client);
            forwarded.append("for=").append(node(client));
        }
        if (host != null) {
            headers.set("X-Forwarded-Host", host);
            forwarded.append(forwarded.isEmpty() ? "" : ";").append("host=\"").append(host).append('"');
        }
        headers.set("X-Forwarded-Proto", proto);
        forwarded.append(forwarded.isEmpty() ? "" : ";").append("proto=").append(proto);
        headers.set("Forwarded", forwarded.toString());
    }

    /** RFC 7239 §6: an IPv6 address is bracketed and the whole node quoted. */
    private static String node(String address) {
        return address.indexOf(':') >= 0 ? "\"[" + address + "]\"" : address;
    }
}
