package org.mekong.jtf.taskforces.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.taskforces.domain.Membership;
import org.mekong.jtf.taskforces.domain.Officer;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.MembershipRepository;
import org.mekong.jtf.taskforces.repository.OfficerRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.MemberView;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.TaskForceView;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Task forces with their current members (names and languages from the roster): two queries for a page. */
@ApplicationScoped
public class TaskForceViews {

    private final MembershipRepository memberships;
    private final OfficerRepository officers;
    private final TaskForceMapper mapper;

    public TaskForceViews(MembershipRepository memberships, OfficerRepository officers, TaskForceMapper mapper) {
        this.memberships = memberships;
        this.officers = officers;
        this.mapper = mapper;
    }

    public Uni<TaskForceView> of(TaskForce tf) {
        return of(List.of(tf)).map(views -> views.get(0));
    }

    public Uni<List<TaskForceView>> of(List<TaskForce> taskForces) {
        return memberships.currentOf(taskForces.stream().map(tf -> tf.id).toList()).flatMap(current -> members(current).map(views -> {
            Map<UUID, List<MemberView>> byTaskForce = new java.util.HashMap<>();
            for (int i = 0; i < current.size(); i++) {
                byTaskForce.computeIfAbsent(current.get(i).taskForceId, k -> new java.util.ArrayList<>()).add(views.get(i));
            }
            return taskForces.stream().map(tf -> {
                List<MemberView> members = byTaskForce.getOrDefault(tf.id, List.of());
                List<String> countries = members.stream().map(MemberView::country).collect(Collectors.toCollection(TreeSet::new))
                        .stream().toList();
                return mapper.toView(tf, members, countries);
            }).toList();
        }));
    }

    /** Memberships with the member's name and languages, in the same order. */
    public Uni<List<MemberView>> members(List<Membership> list) {
        Set<String> ids = list.stream().map(m -> m.officerId).collect(Collectors.toSet());
        return officers.findByOfficerIds(ids).map(found -> {
            Map<String, Officer> byId = found.stream().collect(Collectors.toMap(o -> o.officerId, Function.identity()));
            return list.stream().map(m -> {
                Officer o = byId.get(m.officerId);
                return mapper.toView(m, o == null ? null : o.name, o == null ? List.of() : sorted(o.languages));
            }).toList();
        });
    }

    /** What the scheduling rules need of these memberships. */
    public Uni<List<SchedulingRules.Member>> rulesView(List<Membership> list) {
        Set<String> ids = list.stream().map(m -> m.officerId).collect(Collectors.toSet());
        return officers.findByOfficerIds(ids).map(found -> {
            Map<String, Officer> byId = found.stream().collect(Collectors.toMap(o -> o.officerId, Function.identity()));
            return list.stream().map(m -> new SchedulingRules.Member(m.officerId, m.country, m.role,
                    byId.containsKey(m.officerId) ? byId.get(m.officerId).languages : Set.of())).toList();
        });
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }
}
