package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.TaskItem;
import org.mekong.jtf.taskforces.domain.TaskStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TaskRepository implements PanacheRepositoryBase<TaskItem, UUID> {

    private static final Set<TaskStatus> OPEN = Set.of(TaskStatus.TODO, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED);

    public Uni<List<TaskItem>> ofTaskForce(UUID taskForceId, TaskStatus status, int page, int size) {
        return getSession().flatMap(s -> {
            var q = s.createSelectionQuery("from TaskItem t where t.taskForceId = :tf" + (status == null ? "" : " and t.status = :status")
                    + " order by t.dueAt nulls last, t.createdAt, t.id", TaskItem.class).setParameter("tf", taskForceId);
            if (status != null) {
                q.setParameter("status", status);
            }
            return q.setFirstResult(page * size).setMaxResults(size).getResultList();
        });
    }

    public Uni<TaskItem> findInTaskForce(UUID taskForceId, UUID id) {
        return find("taskForceId = ?1 and id = ?2", taskForceId, id).firstResult();
    }

    /** Open tasks assigned to the officer, in task forces the agency sees, soonest due first. */
    public Uni<List<TaskItem>> assignedTo(String officerId, String agency, int page, int size) {
        return getSession().flatMap(s -> s.createSelectionQuery("""
                        from TaskItem t where :officer member of t.assignees and t.status in :open
                          and t.taskForceId in (select tf.id from TaskForce tf where """ + TaskForceRepository.VISIBLE + """
                        ) order by t.dueAt nulls last, t.createdAt, t.id""", TaskItem.class)
                .setParameter("officer", officerId).setParameter("agency", agency).setParameter("open", OPEN)
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    /** Open tasks past their due time, in task forces the agency sees, most overdue first. */
    public Uni<List<TaskItem>> overdue(String agency, Instant now, int page, int size) {
        return getSession().flatMap(s -> s.createSelectionQuery("""
                        from TaskItem t where t.dueAt < :now and t.status in :open
                          and t.taskForceId in (select tf.id from TaskForce tf where """ + TaskForceRepository.VISIBLE + """
                        ) order by t.dueAt, t.id""", TaskItem.class)
                .setParameter("now", now).setParameter("agency", agency).setParameter("open", OPEN)
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }
}
