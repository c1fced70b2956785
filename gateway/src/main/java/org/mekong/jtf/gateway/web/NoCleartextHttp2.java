package org.mekong.jtf.gateway.web;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;

/**
 * No cleartext HTTP/2 (h2c) on the gateway's plain-HTTP port. A client offering the upgrade with a
 * chunked body — Java's own HttpClient does by default — had that body lost on the way to the
 * service (the upgraded request reached the proxy with its body already gone). Such clients now
 * simply stay on HTTP/1.1; HTTP/2 over TLS (ALPN) is unaffected, and behind an ingress the gateway
 * speaks HTTP/1.1 anyway.
 */
@Singleton
public class NoCleartextHttp2 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
