package org.mekong.jtf.cases.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.OutboxEntry;
import org.mekong.jtf.cases.repository.OutboxRepository;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a message for another service into the outbox, in the caller's transaction: it exists if
 * and only if the change it tells about was committed, and OutboxRelay delivers it from there.
 */
@ApplicationScoped
public class OutboxWriter {

    private final OutboxRepository outbox;
    private final ObjectMapper json;

    public OutboxWriter(OutboxRepository outbox, ObjectMapper json) {
        this.outbox = outbox;
        this.json = json;
    }

    /**
     * @param body the request body, given the entry's id (the receiver's idempotency key where it has one)
     * @param resource what the entry is about at the receiver, where the destination needs it, or null
     */
    public Uni<Void> write(String destination, String resource, String agency, Function<UUID, Object> body) {
        OutboxEntry entry = new OutboxEntry();
        entry.id = UUID.randomUUID();
        entry.destination = destination;
        entry.resource = resource;
        entry.agency = agency;
        entry.createdAt = TrackedRecord.now();
        entry.nextAttemptAt = entry.createdAt;
        try {
            entry.payload = json.writeValueAsString(body.apply(entry.id));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an outbox message always serialises", e);
        }
        return outbox.persist(entry).replaceWithVoid();
    }
}
