package org.mekong.jtf.taskforces.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.Membership;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class MembershipRepository implements PanacheRepositoryBase<Membership, UUID> {

    /** Current members of these task forces, in the order they joined: one query for a page of task forces. */
    public Uni<List<Membership>> currentOf(Collection<UUID> taskForceIds) {
        return taskForceIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("taskForceId in ?1 and leftAt is null", Sort.by("joinedAt").and("id"), taskForceIds);
    }

    /** Everyone who ever served, current members included: the membership history. */
    public Uni<List<Membership>> allOf(UUID taskForceId) {
        return list("taskForceId", Sort.by("joinedAt").and("id"), taskForceId);
    }

    public Uni<Membership> current(UUID taskForceId, String officerId) {
        return find("taskForceId = ?1 and officerId = ?2 and leftAt is null", taskForceId, officerId).firstResult();
    }

    public Uni<Membership> findInTaskForce(UUID taskForceId, UUID id) {
        return find("taskForceId = ?1 and id = ?2", taskForceId, id).firstResult();
    }
}
