package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.HotlineMessage;
import org.mekong.jtf.intel.domain.HotlinePriority;
import org.mekong.jtf.intel.domain.HotlineStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Hotline messages as an agency sees them: those it sent and those sent to it, and nobody else's. */
@ApplicationScoped
public class HotlineMessageRepository implements PanacheRepositoryBase<HotlineMessage, UUID> {

    public enum Box { INBOX, OUTBOX, ALL }

    public record Filter(Box box, HotlinePriority priority, HotlineStatus status, boolean overdueOnly, String counterpart, UUID caseId) {
    }

    public Uni<HotlineMessage> findVisible(UUID id, String agency) {
        return find("id = ?1 and (fromAgency = ?2 or toAgency = ?2)", id, agency).firstResult();
    }

    /** Whose message an id is, whoever asks: only to file a refused attempt with the sending agency. */
    public Uni<String> senderOf(UUID id) {
        return getSession().flatMap(s -> s.createSelectionQuery("select fromAgency from HotlineMessage where id = :id", String.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<List<HotlineMessage>> search(String agency, Filter filter, Instant now, int page, int size) {
        HqlQuery q = filtered(agency, filter, now);
        return getSession().flatMap(s -> q.bind(s.createSelectionQuery(q.text() + " order by m.sentAt desc, m.id", HotlineMessage.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public Uni<Long> countMatching(String agency, Filter filter, Instant now) {
        HqlQuery q = filtered(agency, filter, now);
        return getSession().flatMap(s -> q.bind(s.createSelectionQuery("select count(m) " + q.text(), Long.class)).getSingleResult());
    }

    private static HqlQuery filtered(String agency, Filter f, Instant now) {
        HqlQuery q = new HqlQuery(switch (f.box()) {
            case INBOX -> "from HotlineMessage m where m.toAgency = :agency";
            case OUTBOX -> "from HotlineMessage m where m.fromAgency = :agency";
            case ALL -> "from HotlineMessage m where (m.toAgency = :agency or m.fromAgency = :agency)";
        }).with("agency", agency);
        if (f.priority() != null) {
            q.and("m.priority = :priority", "priority", f.priority());
        }
        if (f.status() != null) {
            q.and("m.status = :status", "status", f.status());
        }
        if (f.overdueOnly()) {
            q.and("((m.status = :sent and m.ackDeadline < :now) or (m.status = :acknowledged and m.answerDeadline < :now))", "now", now)
                    .with("sent", HotlineStatus.SENT).with("acknowledged", HotlineStatus.ACKNOWLEDGED);
        }
        if (f.counterpart() != null) {
            q.and("(case when m.fromAgency = :agency then m.toAgency else m.fromAgency end) = :counterpart", "counterpart", f.counterpart());
        }
        if (f.caseId() != null) {
            q.and("m.caseId = :caseId", "caseId", f.caseId());
        }
        return q;
    }

    /**
     * Takes the messages due for an escalation level — unacknowledged past their acknowledgement
     * deadline (level 1) or past twice it (level 2) — locking them so that another replica running the
     * same tick skips them: each escalation is made by exactly one replica.
     */
    public Uni<List<HotlineMessage>> dueForEscalation(int level, Instant now, int limit) {
        String deadline = level == 1 ? "ack_deadline" : "second_escalation_at";
        return getSession().flatMap(s -> s.createNativeQuery("select id from hotline_message where status = 'SENT' and escalation_level = :below"
                                + " and " + deadline + " <= :now order by " + deadline + " limit :limit for update skip locked", UUID.class)
                        .setParameter("below", level - 1).setParameter("now", now).setParameter("limit", limit).getResultList())
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<HotlineMessage>of()) : list("id in ?1", ids));
    }

    /**
     * Rows of [counterpart, priority, messages, acknowledged, answered, median s to acknowledge, p90,
     * median s to answer, p90, acknowledged within deadline, answered within deadline] for the
     * messages the agency sent (sent = true: how partners respond) or received (how it responds).
     */
    public Uni<List<Object[]>> responseTimes(String agency, boolean sent, Instant from, Instant to, String counterpart) {
        String own = sent ? "from_agency" : "to_agency";
        String other = sent ? "to_agency" : "from_agency";
        String sql = "select " + other + ", priority, count(*), count(acknowledged_at), count(answered_at),"
                + " percentile_cont(0.5) within group (order by extract(epoch from acknowledged_at - sent_at)),"
                + " percentile_cont(0.9) within group (order by extract(epoch from acknowledged_at - sent_at)),"
                + " percentile_cont(0.5) within group (order by extract(epoch from answered_at - sent_at)),"
                + " percentile_cont(0.9) within group (order by extract(epoch from answered_at - sent_at)),"
                + " count(*) filter (where acknowledged_at <= ack_deadline), count(*) filter (where answered_at <= answer_deadline)"
                + " from hotline_message where " + own + " = :agency and sent_at >= :from and sent_at < :to"
                + (counterpart == null ? "" : " and " + other + " = :counterpart")
                + " group by " + other + ", priority order by " + other + ", priority";
        return getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql, Object[].class).setParameter("agency", agency).setParameter("from", from).setParameter("to", to);
            if (counterpart != null) {
                q.setParameter("counterpart", counterpart);
            }
            return q.getResultList();
        });
    }
}
