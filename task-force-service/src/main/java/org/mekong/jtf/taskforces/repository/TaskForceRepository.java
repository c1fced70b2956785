package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.domain.TaskForceStatus;

import java.util.List;
import java.util.UUID;

/**
 * Task forces as an agency may see them, decided in SQL: its lead agency, the agencies of its
 * current members, and the lead agencies of the cases linked to it.
 */
@ApplicationScoped
public class TaskForceRepository implements PanacheRepositoryBase<TaskForce, UUID> {

    static final String VISIBLE = """
            (tf.leadAgency = :agency
             or exists (select m.id from Membership m where m.taskForceId = tf.id and m.agency = :agency and m.leftAt is null)
             or exists (select c.caseId from TaskForce t2 join t2.cases c where t2.id = tf.id and c.leadAgency = :agency))""";

    public Uni<TaskForce> findVisible(UUID id, String agency) {
        return getSession().flatMap(s -> s.createSelectionQuery("from TaskForce tf where tf.id = :id and " + VISIBLE, TaskForce.class)
                .setParameter("id", id).setParameter("agency", agency).getSingleResultOrNull());
    }

    /** Whose task force an id is, whoever asks: only to file a refused attempt with the owning agency. */
    public Uni<String> leadAgencyOf(UUID id) {
        return getSession().flatMap(s -> s.createSelectionQuery("select leadAgency from TaskForce where id = :id", String.class)
                .setParameter("id", id).getSingleResultOrNull());
    }

    /** What a list may be narrowed to: a status, a linked case (the case dossier asks for those). */
    public record Filter(TaskForceStatus status, UUID caseId) {
        String where() {
            return VISIBLE + (status == null ? "" : " and tf.status = :status") + (caseId == null ? ""
                    : " and exists (select c.caseId from TaskForce t3 join t3.cases c where t3.id = tf.id and c.caseId = :caseId)");
        }

        void bind(org.hibernate.reactive.mutiny.Mutiny.SelectionQuery<?> query) {
            if (status != null) {
                query.setParameter("status", status);
            }
            if (caseId != null) {
                query.setParameter("caseId", caseId);
            }
        }
    }

    public Uni<List<TaskForce>> search(String agency, Filter filter, int page, int size) {
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery("from TaskForce tf where " + filter.where() + " order by tf.createdAt desc, tf.id", TaskForce.class)
                    .setParameter("agency", agency);
            filter.bind(q);
            return q.setFirstResult(page * size).setMaxResults(size).getResultList();
        });
    }

    public Uni<Long> countVisible(String agency, Filter filter) {
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery("select count(tf) from TaskForce tf where " + filter.where(), Long.class).setParameter("agency", agency);
            filter.bind(q);
            return q.getSingleResult();
        });
    }

    /** Of these task forces, those the agency may see (a joint operation links only those). */
    public Uni<List<UUID>> visibleAmong(java.util.Collection<UUID> ids, String agency) {
        return ids.isEmpty() ? Uni.createFrom().item(List.of()) : getSession().flatMap(s -> s.createSelectionQuery(
                        "select tf.id from TaskForce tf where tf.id in :ids and " + VISIBLE, UUID.class)
                .setParameter("ids", ids).setParameter("agency", agency).getResultList());
    }
}
