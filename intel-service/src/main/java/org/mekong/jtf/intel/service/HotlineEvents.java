package org.mekong.jtf.intel.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.HotlineMessage;
import org.mekong.jtf.intel.domain.HotlineReply;
import org.mekong.jtf.intel.repository.HotlineEventStore;
import org.mekong.jtf.intel.repository.HotlineReplyRepository;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What happens to a message is told to both agencies — on their live feeds and to their webhooks —
 * and recorded on its thread, all in the transaction of the change.
 */
@ApplicationScoped
public class HotlineEvents {

    private final HotlineEventStore store;
    private final HotlineReplyRepository replies;

    public HotlineEvents(HotlineEventStore store, HotlineReplyRepository replies) {
        this.store = store;
        this.replies = replies;
    }

    /**
     * @param extra more of the event's payload (the escalation level and who is alerted, say)
     */
    public Uni<Void> announce(HotlineMessage m, String type, Instant at, String officerId, String agency, String text,
                              Map<String, Object> extra) {
        HotlineReply entry = new HotlineReply();
        entry.messageId = m.id;
        entry.occurredAt = at;
        entry.officerId = officerId;
        entry.agency = agency;
        entry.type = type;
        entry.summary = text;
        Map<String, Object> payload = payload(m, type, at, agency, extra);
        return replies.persist(entry)
                .call(saved -> store.append(m.fromAgency, type, m.id, at, payload))
                .call(saved -> store.append(m.toAgency, type, m.id, at, payload))
                .replaceWithVoid();
    }

    /** An alert raised by another service: on its agency's feed and to its webhooks, in the transaction that keeps it. */
    public Uni<Void> announce(org.mekong.jtf.intel.domain.HotlineAlert a) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", ALERT_RAISED);
        p.put("alertId", a.id);
        p.put("kind", a.kind);
        p.put("caseId", a.caseId);
        p.put("objectType", a.objectType);
        p.put("objectId", a.objectId);
        p.put("title", a.title);
        p.put("body", a.body);
        p.put("at", a.occurredAt.toString());
        p.put("by", a.source);
        return store.append(a.agency, ALERT_RAISED, null, a.occurredAt, p);
    }

    public static final String ALERT_RAISED = "ALERT_RAISED";

    private static Map<String, Object> payload(HotlineMessage m, String type, Instant at, String by, Map<String, Object> extra) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("messageId", m.id);
        p.put("reference", m.reference);
        p.put("from", m.fromAgency);
        p.put("to", m.toAgency);
        p.put("priority", m.priority);
        p.put("subject", m.subject);
        p.put("status", m.status);
        p.put("at", at.toString());
        p.put("by", by);
        p.put("ackDeadline", m.ackDeadline.toString());
        p.putAll(extra);
        return p;
    }
}
