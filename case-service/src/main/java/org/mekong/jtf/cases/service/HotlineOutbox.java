package org.mekong.jtf.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.client.HotlineAlert;
import org.mekong.jtf.cases.domain.OutboxEntry;
import org.mekong.jtf.cases.repository.OutboxRepository;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;
import java.util.UUID;

/**
 * Alerts for an agency's hotline feed, written to the outbox in the caller's transaction: the alert
 * exists if and only if the change it tells about was committed. OutboxRelay delivers them.
 */
@ApplicationScoped
public class HotlineOutbox {

    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public HotlineOutbox(OutboxRepository outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    public Uni<Void> alert(String agency, String kind, UUID caseId, String objectType, Object objectId, String title, String body,
                           Instant occurredAt) {
        OutboxEntry entry = new OutboxEntry();
        entry.id = UUID.randomUUID();
        entry.destination = OutboxEntry.HOTLINE_ALERT;
        entry.agency = agency;
        entry.createdAt = TrackedRecord.now();
        entry.nextAttemptAt = entry.createdAt;
        try {
            entry.payload = json.writeValueAsString(new HotlineAlert(entry.id, kind, caseId, objectType, String.valueOf(objectId),
                    truncated(title, 300), truncated(body, 2000), occurredAt));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an alert always serialises", e);
        }
        return outbox.persist(entry).replaceWithVoid();
    }

    private static String truncated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
