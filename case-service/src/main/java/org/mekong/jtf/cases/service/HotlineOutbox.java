package org.mekong.jtf.cases.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.client.HotlineAlert;
import org.mekong.jtf.cases.domain.OutboxEntry;

import java.time.Instant;
import java.util.UUID;

/**
 * Alerts for an agency's hotline feed, written to the outbox in the caller's transaction: the alert
 * exists if and only if the change it tells about was committed. OutboxRelay delivers them.
 */
@ApplicationScoped
public class HotlineOutbox {

    private final OutboxWriter outbox;

    public HotlineOutbox(OutboxWriter outbox) {
        this.outbox = outbox;
    }

    public Uni<Void> alert(String agency, String kind, UUID caseId, String objectType, Object objectId, String title, String body,
                           Instant occurredAt) {
        return outbox.write(OutboxEntry.HOTLINE_ALERT, null, agency, id -> new HotlineAlert(id, kind, caseId, objectType,
                String.valueOf(objectId), truncated(title, 300), truncated(body, 2000), occurredAt));
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
