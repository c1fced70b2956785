package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.TaskForceEvent;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TaskForceEventRepository implements PanacheRepository<TaskForceEvent> {

    public Uni<List<TaskForceEvent>> page(UUID taskForceId, int page, int size) {
        return find("taskForceId", Sort.by("id"), taskForceId).page(Page.of(page, size)).list();
    }

    public Uni<Long> countFor(UUID taskForceId) {
        return count("taskForceId", taskForceId);
    }
}
