package org.mekong.jtf.taskforces.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.audit.Visibility;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.taskforces.domain.DeployedOfficer;
import org.mekong.jtf.taskforces.domain.Deployment;
import org.mekong.jtf.taskforces.domain.Membership;
import org.mekong.jtf.taskforces.domain.TaskForce;
import org.mekong.jtf.taskforces.mapping.TaskForceMapper;
import org.mekong.jtf.taskforces.repository.DeploymentRepository;
import org.mekong.jtf.taskforces.repository.MembershipRepository;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentCreate;
import org.mekong.jtf.taskforces.rest.dto.TaskForceDtos.DeploymentView;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Deployments in their own transactions. Booking relies on the database to keep an officer out of
 * two overlapping deployments (the exclusion constraint on deployment_member): no check before the
 * insert could hold against a concurrent booking on another replica. DeploymentService turns the
 * constraint's refusal into a 409 naming the deployment that holds the officer.
 */
@ApplicationScoped
@RunsToCompletion
public class DeploymentBookings {

    static final String DEPLOYMENT = "deployment";

    private final DeploymentRepository deployments;
    private final MembershipRepository memberships;
    private final TaskForceAccess access;
    private final TaskForceViews views;
    private final TaskForceMapper mapper;

    public DeploymentBookings(DeploymentRepository deployments, MembershipRepository memberships, TaskForceAccess access,
                              TaskForceViews views, TaskForceMapper mapper) {
        this.deployments = deployments;
        this.memberships = memberships;
        this.access = access;
        this.views = views;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(DEPLOYMENT)
    public Uni<DeploymentView> book(Caller caller, UUID taskForceId, DeploymentCreate request) {
        SchedulingRules.requireWindow(request.startsAt(), request.endsAt());
        if (request.province() != null && !request.province().startsWith(request.country() + "-")) {
            throw ProblemException.badRequest("province", request.province() + " is not in " + request.country());
        }
        return access.commanded(caller, taskForceId).flatMap(tf -> memberships.currentOf(List.of(tf.id)).flatMap(current -> {
            List<Membership> deployed = current.stream().filter(m -> request.officers().contains(m.officerId)).toList();
            Set<String> strangers = new TreeSet<>(request.officers());
            deployed.forEach(m -> strangers.remove(m.officerId));
            if (!strangers.isEmpty()) {
                throw ProblemException.badRequest("officers", "not members of " + tf.reference + ": " + String.join(", ", strangers));
            }
            return views.rulesView(deployed).flatMap(rules -> {
                Deployment d = mapper.toEntity(request);
                d.created(caller);
                d.taskForceId = tf.id;
                d.languageGap = SchedulingRules.languageGap(rules, Boolean.TRUE.equals(request.languageGapAccepted()));
                request.officers().stream().sorted().forEach(o -> d.members.add(new DeployedOfficer(o, d.startsAt, d.endsAt)));
                tf.updated(caller);
                return deployments.persist(d)
                        .call(saved -> access.changed(caller, tf, "DEPLOYED", d.members.size() + " officers to " + d.placeName + " ("
                                + d.kind + ", " + d.country + ") " + d.startsAt + " – " + d.endsAt + (d.languageGap ? ", without a common language" : ""),
                                DEPLOYMENT, d.id))
                        // the exclusion constraint answers here, inside this transaction
                        .call(saved -> deployments.flush())
                        .map(saved -> view(d, rules));
            });
        }));
    }

    /** The committed deployment that holds one of these officers in that window, for the 409. */
    @WithSession
    public Uni<Deployment> conflicting(Set<String> officers, java.time.Instant start, java.time.Instant end) {
        return deployments.overlapping(officers, start, end);
    }

    @WithTransaction
    public Uni<Void> cancel(Caller caller, UUID taskForceId, UUID deploymentId, String ifMatch) {
        return access.commanded(caller, taskForceId).flatMap(tf -> deployments.findInTaskForce(tf.id, deploymentId)
                .onItem().ifNull().failWith(() -> Visibility.missing(DEPLOYMENT, deploymentId))
                .call(d -> {
                    Versions.requireMatch(ifMatch, d.version);
                    tf.updated(caller);
                    return access.changed(caller, tf, "DEPLOYMENT_CANCELLED", "deployment to " + d.placeName + " from " + d.startsAt
                            + " cancelled; its officers are free again", DEPLOYMENT, d.id);
                })
                .call(deployments::delete)).replaceWithVoid();
    }

    @WithSession
    public Uni<DeploymentView> get(Caller caller, UUID taskForceId, UUID deploymentId) {
        return access.visible(caller, taskForceId).flatMap(tf -> deployments.findInTaskForce(tf.id, deploymentId)
                .onItem().ifNull().failWith(() -> Visibility.missing(DEPLOYMENT, deploymentId))
                .call(d -> access.readAbout(caller, tf, DEPLOYMENT, List.of(d.id)))
                .flatMap(d -> withRules(tf, List.of(d))).map(list -> list.get(0)));
    }

    @WithSession
    public Uni<Page<DeploymentView>> list(Caller caller, UUID taskForceId, int page, int size) {
        return access.visible(caller, taskForceId).flatMap(tf -> deployments.ofTaskForce(tf.id, page, size)
                .flatMap(found -> deployments.countOf(tf.id)
                        .call(total -> access.readAbout(caller, tf, DEPLOYMENT, found.stream().map(d -> d.id).toList()))
                        .flatMap(total -> withRules(tf, found).map(items -> new Page<>(items, page, size, total)))));
    }

    private Uni<List<DeploymentView>> withRules(TaskForce tf, List<Deployment> found) {
        return memberships.allOf(tf.id).flatMap(views::rulesView).map(rules -> found.stream().map(d -> {
            Set<String> officers = d.members.stream().map(m -> m.officerId).collect(Collectors.toSet());
            // a member who has left since is still who was sent
            var sent = rules.stream().filter(r -> officers.contains(r.officerId()))
                    .collect(Collectors.toMap(SchedulingRules.Member::officerId, r -> r, (a, b) -> b)).values();
            return view(d, List.copyOf(sent));
        }).toList());
    }

    private DeploymentView view(Deployment d, List<SchedulingRules.Member> rules) {
        return mapper.toView(d, d.members.stream().map(m -> m.officerId).sorted().toList(),
                List.copyOf(SchedulingRules.commonLanguages(rules)), SchedulingRules.interpreterAmong(rules));
    }
}
