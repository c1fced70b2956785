package org.mekong.jtf.common.web;

import io.vertx.core.http.impl.HttpServerRequestInternal;
import io.vertx.ext.web.RoutingContext;

/**
 * Quarkus tags HTTP server metrics with the raw path unless a URL template is set; proxied paths
 * carry ids (and anonymous callers can send anything), so routes that are not REST resources (the
 * gateway's) set a bounded template.
 */
public final class MetricsPath {

    // The context-local key quarkus-micrometer reads (the one Quarkus REST sets for its endpoints).
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";

    private MetricsPath() {
    }

    public static void template(RoutingContext rc, String template) {
        if (rc.request() instanceof HttpServerRequestInternal request) {
            request.context().putLocal(URL_PATH_TEMPLATE, template);
        }
    }
}
