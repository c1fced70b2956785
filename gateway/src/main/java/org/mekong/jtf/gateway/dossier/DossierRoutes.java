package org.mekong.jtf.gateway.dossier;

import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.mekong.jtf.common.web.MetricsPath;
import org.mekong.jtf.gateway.security.EdgeAuthenticator;
import org.mekong.jtf.common.web.Problems;

import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /api/dossiers/{caseId}} (JSON, or PDF with {@code Accept: application/pdf}) and
 * {@code GET /api/dossiers/{caseId}/pdf}: the gateway's own resource, after edge authentication and
 * rate limits like every other call.
 */
@Singleton
public class DossierRoutes {

    public static final String PREFIX = "/api/dossiers";
    private static final Pattern PATH = Pattern.compile("^/api/dossiers/([^/]+)(/pdf)?$");
    private static final Logger LOG = Logger.getLogger(DossierRoutes.class);

    private final DossierAssembler assembler;
    private final DossierPdf pdf;
    private final MeterRegistry registry;

    public DossierRoutes(DossierAssembler assembler, DossierPdf pdf, MeterRegistry registry) {
        this.assembler = assembler;
        this.pdf = pdf;
        this.registry = registry;
    }

    public static boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    public void handle(RoutingContext rc) {
        Matcher m = PATH.matcher(rc.request().path());
        if (!m.matches()) {
            MetricsPath.template(rc, PREFIX + "/**");
            Problems.send(rc, "not-found", "Not found", 404, "A dossier is read at /api/dossiers/{caseId} or /api/dossiers/{caseId}/pdf.");
            return;
        }
        boolean asPdf = m.group(2) != null || accepts(rc, "application/pdf");
        MetricsPath.template(rc, PREFIX + "/{caseId}" + (m.group(2) != null ? "/pdf" : ""));
        if (rc.request().method() != HttpMethod.GET) {
            rc.response().putHeader("Allow", "GET");
            Problems.send(rc, "method-not-allowed", "Method not allowed", 405, "A dossier is only read (GET).");
            return;
        }
        UUID caseId;
        try {
            caseId = UUID.fromString(m.group(1));
        } catch (IllegalArgumentException e) {
            Problems.send(rc, "bad-request", "Bad request", 400, "caseId must be a UUID.");
            return;
        }
        assembler.assemble(rc, caseId).onComplete(ar -> {
            if (ar.failed()) {
                LOG.errorf(ar.cause(), "dossier %s could not be assembled", caseId);
                Problems.send(rc, "internal", "Internal error", 500, "The dossier could not be assembled.");
                return;
            }
            DossierAssembler.Outcome outcome = ar.result();
            if (outcome.dossier() == null) {
                refuse(rc, outcome.refusedStatus(), caseId);
                return;
            }
            JsonObject dossier = outcome.dossier();
            registry.counter("gateway.dossiers", "format", asPdf ? "pdf" : "json",
                    "complete", String.valueOf(dossier.getBoolean("complete"))).increment();
            if (!asPdf) {
                rc.response().putHeader("Content-Type", "application/json").end(dossier.toBuffer());
                return;
            }
            rc.vertx().executeBlocking(() -> pdf.render(dossier), false).onComplete(rendered -> {
                if (rendered.failed()) {
                    LOG.errorf(rendered.cause(), "dossier %s could not be rendered", caseId);
                    Problems.send(rc, "internal", "Internal error", 500, "The dossier could not be rendered as PDF.");
                    return;
                }
                JsonObject theCase = dossier.getJsonObject("case");
                String name = theCase == null ? caseId.toString() : theCase.getString("reference", caseId.toString());
                rc.response().putHeader("Content-Type", "application/pdf")
                        .putHeader("Content-Disposition", "attachment; filename=\"dossier-" + name.replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf\"")
                        .end(io.vertx.core.buffer.Buffer.buffer(rendered.result()));
            });
        });
    }

    private static void refuse(RoutingContext rc, int status, UUID caseId) {
        switch (status) {
            case 401 -> {
                EdgeAuthenticator.challenge(rc, "invalid_token");
                Problems.send(rc, "unauthenticated", "Unauthenticated", 401, "The case service refused the token.");
            }
            case 403 -> Problems.send(rc, "forbidden", "Forbidden", 403, "Your role may not read cases.");
            default -> Problems.send(rc, "not-found", "Not found", 404, "No case " + caseId + ".");
        }
    }

    private static boolean accepts(RoutingContext rc, String type) {
        String accept = rc.request().getHeader("Accept");
        return accept != null && accept.contains(type);
    }
}
