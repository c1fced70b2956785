package org.mekong.jtf.gateway.dossier;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import org.mekong.jtf.gateway.config.GatewayConfig;
import org.mekong.jtf.gateway.security.Caller;
import org.mekong.jtf.gateway.security.EdgeAuthenticator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Assembles a case dossier from the services that own its parts, all asked at once with the
 * caller's own token (so each applies its tenancy and audits the read): the case and its records
 * from the case service; reports and early warnings that cite the case (by id or reference) and open
 * hotline threads about it from the intel service; its task forces, with deployments and tasks,
 * from the task-force service. A part whose service is slow, down or erring is left out and named
 * under {@code degraded}; a part the caller's role may not read is named under {@code withheld}.
 * Only the case itself decides the whole answer: a case the caller may not see is a 404, as it is
 * at the case service.
 */
@Singleton
public class DossierAssembler {

    /** The outcome: a dossier, or the status the case service gave for the case itself. */
    public record Outcome(JsonObject dossier, int refusedStatus, String refusal) {
    }

    private static final List<String> CASE_LISTS = List.of("subjects", "arrests", "seizures", "assets", "extraditions");
    private static final List<String> TLP_ORDER = List.of("CLEAR", "GREEN", "AMBER", "AMBER_STRICT", "RED");

    private final UpstreamCall calls;
    private final int maxItems;
    private final int maxTaskForces;

    public DossierAssembler(UpstreamCall calls, GatewayConfig config) {
        this.calls = calls;
        this.maxItems = config.dossier().maxItems();
        this.maxTaskForces = config.dossier().maxTaskForces();
    }

    public Future<Outcome> assemble(RoutingContext rc, UUID caseId) {
        String base = "/api/cases/" + caseId;
        String size = "size=" + maxItems;
        Future<UpstreamCall.Answer> theCase = calls.get(rc, base);
        Map<String, Future<UpstreamCall.Answer>> caseLists = new LinkedHashMap<>();
        for (String list : CASE_LISTS) {
            caseLists.put(list, calls.get(rc, base + "/" + list + "?" + size));
        }
        caseLists.put("timeline", calls.get(rc, base + "/timeline?" + size));
        Future<UpstreamCall.Answer> reportsById = calls.get(rc, "/api/intel/reports?caseRef=" + caseId + "&" + size);
        Future<UpstreamCall.Answer> warningsById = calls.get(rc, "/api/early-warnings?caseRef=" + caseId + "&" + size);
        Future<UpstreamCall.Answer> hotline = calls.get(rc, "/api/hotline/messages?caseId=" + caseId + "&" + size);
        Future<UpstreamCall.Answer> hits = calls.get(rc, "/api/correlation/cases/" + caseId + "/hits");
        Future<UpstreamCall.Answer> taskForces = calls.get(rc, "/api/task-forces?caseId=" + caseId + "&size=" + maxTaskForces);

        // Reports may cite the case by its reference (VN-2026-…) rather than its id: asked once the case is known.
        Future<UpstreamCall.Answer[]> byReference = theCase.compose(answer -> {
            String reference = answer.ok() ? answer.object().getString("reference") : null;
            if (reference == null) {
                return Future.succeededFuture(new UpstreamCall.Answer[0]);
            }
            String ref = java.net.URLEncoder.encode(reference, java.nio.charset.StandardCharsets.UTF_8);
            Future<UpstreamCall.Answer> reports = calls.get(rc, "/api/intel/reports?caseRef=" + ref + "&" + size);
            Future<UpstreamCall.Answer> warnings = calls.get(rc, "/api/early-warnings?caseRef=" + ref + "&" + size);
            return Future.all(reports, warnings).map(done -> new UpstreamCall.Answer[] {reports.result(), warnings.result()});
        });
        Future<List<JsonObject>> taskForceDetails = taskForces.compose(answer -> details(rc, answer));

        List<Future<?>> all = new ArrayList<>(caseLists.values());
        all.addAll(List.of(theCase, reportsById, warningsById, hotline, hits, taskForces, byReference, taskForceDetails));
        return Future.all(all).map(done -> {
            UpstreamCall.Answer caseAnswer = theCase.result();
            if (caseAnswer.status() == 404 || caseAnswer.status() == 403 || caseAnswer.status() == 401) {
                return new Outcome(null, caseAnswer.status(), caseAnswer.failure());
            }
            Dossier dossier = new Dossier(rc, caseId);
            dossier.single("case", caseAnswer);
            caseLists.forEach(dossier::list);
            UpstreamCall.Answer[] refs = byReference.result();
            dossier.merged("intelReports", reportsById.result(), refs.length > 0 ? refs[0] : null);
            dossier.merged("earlyWarnings", warningsById.result(), refs.length > 1 ? refs[1] : null);
            dossier.openThreads(hotline.result());
            dossier.hits(hits.result());
            dossier.taskForces(taskForces.result(), taskForceDetails.result());
            return new Outcome(dossier.finish(), 0, null);
        });
    }

    /** Deployments and tasks of each task force, asked at once; a failed part is marked on the task force. */
    private Future<List<JsonObject>> details(RoutingContext rc, UpstreamCall.Answer answer) {
        if (!answer.ok()) {
            return Future.succeededFuture(List.of());
        }
        List<Future<JsonObject>> each = new ArrayList<>();
        for (Object item : answer.items()) {
            JsonObject taskForce = asObject(item).copy();
            String path = "/api/task-forces/" + taskForce.getString("id");
            Future<UpstreamCall.Answer> deployments = calls.get(rc, path + "/deployments?size=" + maxItems);
            Future<UpstreamCall.Answer> tasks = calls.get(rc, path + "/tasks?size=" + maxItems);
            each.add(Future.all(deployments, tasks).map(done -> {
                taskForce.put("deployments", deployments.result().ok() ? new JsonArray(deployments.result().items()) : null);
                taskForce.put("tasks", tasks.result().ok() ? new JsonArray(tasks.result().items()) : null);
                return taskForce;
            }));
        }
        return Future.all(each).map(done -> each.stream().map(Future::result).toList());
    }

    /** The dossier being written, and what it records about its own completeness. */
    private final class Dossier {
        private final JsonObject json = new JsonObject();
        private final JsonArray degraded = new JsonArray();
        private final JsonArray withheld = new JsonArray();
        private final JsonArray truncated = new JsonArray();
        private String tlp;
        private String handling;

        Dossier(RoutingContext rc, UUID caseId) {
            Caller caller = rc.get(EdgeAuthenticator.CALLER_KEY);
            json.put("caseId", caseId.toString())
                    .put("generatedAt", Instant.now().toString())
                    .put("generatedFor", new JsonObject().put("officer", caller.subject()).put("agency", caller.agency()));
        }

        void single(String part, UpstreamCall.Answer answer) {
            if (usable(part, answer)) {
                json.put(part, answer.object());
                mark(answer.object());
            } else {
                json.putNull(part);
            }
        }

        void list(String part, Future<UpstreamCall.Answer> answer) {
            list(part, answer.result());
        }

        void list(String part, UpstreamCall.Answer answer) {
            if (!usable(part, answer)) {
                json.putNull(part);
                return;
            }
            List<Object> items = answer.items();
            json.put(part, new JsonArray(items));
            noteTruncation(part, items.size(), answer.total());
        }

        /** Reports found by the case's id and by its reference, each once. */
        void merged(String part, UpstreamCall.Answer byId, UpstreamCall.Answer byReference) {
            if (!usable(part, byId) || (byReference != null && !usable(part, byReference))) {
                json.putNull(part);
                return;
            }
            Map<String, JsonObject> unique = new LinkedHashMap<>();
            long total = byId.total();
            for (UpstreamCall.Answer answer : byReference == null ? List.of(byId) : List.of(byId, byReference)) {
                for (Object item : answer.items()) {
                    JsonObject report = asObject(item);
                    unique.putIfAbsent(report.getString("id"), report);
                }
            }
            if (byReference != null) {
                total = Math.max(total, byReference.total());
            }
            unique.values().forEach(this::mark);
            json.put(part, new JsonArray(new ArrayList<>(unique.values())));
            noteTruncation(part, unique.size(), Math.max(total, unique.size()));
        }

        void openThreads(UpstreamCall.Answer answer) {
            String part = "hotlineThreads";
            if (!usable(part, answer)) {
                json.putNull(part);
                return;
            }
            JsonArray open = new JsonArray();
            for (Object item : answer.items()) {
                JsonObject message = asObject(item);
                if (!"CLOSED".equals(message.getString("status"))) {
                    open.add(message);
                    mark(message);
                }
            }
            json.put(part, open);
            noteTruncation(part, answer.items().size(), answer.total());
        }

        /** The correlation index knows a case once one of its records named an entity: until then it has no hits for it (404). */
        void hits(UpstreamCall.Answer answer) {
            String part = "correlationHits";
            if (answer.status() == 404) {
                json.put(part, new JsonArray());
                return;
            }
            list(part, answer);
        }

        void taskForces(UpstreamCall.Answer answer, List<JsonObject> withDetails) {
            String part = "taskForces";
            if (!usable(part, answer)) {
                json.putNull(part);
                return;
            }
            for (JsonObject taskForce : withDetails) {
                String name = taskForce.getString("reference", taskForce.getString("id"));
                if (taskForce.getValue("deployments") == null || taskForce.getValue("tasks") == null) {
                    degraded.add(new JsonObject().put("part", part + "[" + name + "]").put("service", answer.service())
                            .put("reason", "its deployments or tasks could not be read"));
                }
            }
            json.put(part, new JsonArray(new ArrayList<>(withDetails)));
            noteTruncation(part, withDetails.size(), answer.total());
        }

        private boolean usable(String part, UpstreamCall.Answer answer) {
            if (answer.ok()) {
                return true;
            }
            JsonObject entry = new JsonObject().put("part", part).put("service", answer.service());
            if (answer.status() == 403) {
                withheld.add(entry.put("reason", "your role may not read it"));
            } else {
                degraded.add(entry.put("reason", "the " + answer.service() + " " + answer.failure()));
            }
            return false;
        }

        private void noteTruncation(String part, long shown, long total) {
            if (total > shown) {
                truncated.add(new JsonObject().put("part", part).put("shown", shown).put("total", total));
            }
        }

        /** The most restrictive TLP and handling code of everything included: what the whole document carries. */
        private void mark(JsonObject record) {
            String recordTlp = record.getString("tlp");
            if (recordTlp != null) {
                String normalised = recordTlp.replace('+', '_');
                if (tlp == null || TLP_ORDER.indexOf(normalised) > TLP_ORDER.indexOf(tlp)) {
                    tlp = normalised;
                }
            }
            String recordHandling = record.getString("handling");
            if (recordHandling != null && (handling == null || recordHandling.compareTo(handling) > 0)) {
                handling = recordHandling;
            }
        }

        JsonObject finish() {
            return json.put("tlp", tlp == null ? null : tlp.replace('_', '+'))
                    .put("handling", handling)
                    .put("complete", degraded.isEmpty() && withheld.isEmpty())
                    .put("degraded", degraded)
                    .put("withheld", withheld)
                    .put("truncated", truncated);
        }
    }

    @SuppressWarnings("unchecked")
    private static JsonObject asObject(Object item) {
        return item instanceof JsonObject o ? o : new JsonObject((Map<String, Object>) item);
    }
}
