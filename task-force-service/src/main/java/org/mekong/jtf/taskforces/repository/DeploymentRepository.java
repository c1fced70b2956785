package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.Deployment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class DeploymentRepository implements PanacheRepositoryBase<Deployment, UUID> {

    public Uni<List<Deployment>> ofTaskForce(UUID taskForceId, int page, int size) {
        return find("taskForceId", Sort.by("startsAt").and("id"), taskForceId).page(Page.of(page, size)).list();
    }

    public Uni<Long> countOf(UUID taskForceId) {
        return count("taskForceId", taskForceId);
    }

    public Uni<Deployment> findInTaskForce(UUID taskForceId, UUID id) {
        return find("taskForceId = ?1 and id = ?2", taskForceId, id).firstResult();
    }

    /** A committed deployment that books one of these officers for a window overlapping [start, end): the one to name in a 409. */
    public Uni<Deployment> overlapping(Collection<String> officerIds, Instant start, Instant end) {
        return getSession().flatMap(s -> s.createSelectionQuery("""
                        select d from Deployment d join d.members m
                        where m.officerId in :officers and m.startsAt < :end and m.endsAt > :start
                        order by d.startsAt""", Deployment.class)
                .setParameter("officers", officerIds).setParameter("start", start).setParameter("end", end)
                .setMaxResults(1).getSingleResultOrNull());
    }
}
