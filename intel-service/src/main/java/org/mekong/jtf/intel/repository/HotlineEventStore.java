package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The hotline's event log. An event is written in the transaction of the change it tells about,
 * with a webhook delivery for each of the agency's active webhooks; a trigger announces it with
 * NOTIFY, which PostgreSQL delivers to every replica's listener only once the transaction commits.
 * Live feeds read the log on their own connections (no Hibernate session outlives a request).
 */
@ApplicationScoped
public class HotlineEventStore {

    /** An event as a feed reads it. */
    public record Event(long id, String type, UUID messageId, Instant occurredAt, String payload) {
    }

    private final Pool pool;
    private final ObjectMapper json;

    public HotlineEventStore(Pool pool, ObjectMapper json) {
        this.pool = pool;
        this.json = json;
    }

    /**
     * Appends an event for an agency, inside the caller's transaction, with its webhook deliveries;
     * the payload is kept as the JSON feeds and webhooks send.
     */
    public Uni<Void> append(String agency, String type, UUID messageId, Instant at, Map<String, ?> event) {
        String payload;
        try {
            payload = json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a hotline event of maps, strings and ids always serialises", e);
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery("""
                        with e as (insert into hotline_event (agency, type, message_id, occurred_at, payload)
                                   values (:agency, :type, :message, :at, :payload) returning id, agency)
                        insert into hotline_delivery (webhook_id, event_id, status, attempts, next_attempt_at)
                        select w.id, e.id, 'PENDING', 0, :at from e join hotline_webhook w on w.agency = e.agency and w.active""")
                .setParameter("agency", agency).setParameter("type", type).setParameter("message", messageId)
                .setParameter("at", at).setParameter("payload", payload).executeUpdate()).replaceWithVoid();
    }

    /** The agency's events after an id, oldest first. */
    public Future<List<Event>> after(String agency, long afterId, int limit) {
        return pool.preparedQuery("select id, type, message_id, occurred_at, payload from hotline_event"
                        + " where agency = $1 and id > $2 order by id limit $3")
                .execute(Tuple.of(agency, afterId, limit)).map(rows -> {
                    List<Event> events = new ArrayList<>();
                    for (Row r : rows) {
                        events.add(new Event(r.getLong(0), r.getString(1), r.getUUID(2),
                                r.getOffsetDateTime(3).toInstant(), r.getString(4)));
                    }
                    return events;
                });
    }

    /** The newest event id of the agency: a feed without Last-Event-ID starts after it. */
    public Future<Long> latest(String agency) {
        return pool.preparedQuery("select coalesce(max(id), 0) from hotline_event where agency = $1").execute(Tuple.of(agency))
                .map(rows -> rows.iterator().next().getLong(0));
    }

}
