package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.AuditLog;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.AgreementChange;
import org.mekong.jtf.intel.domain.AgreementKind;
import org.mekong.jtf.intel.domain.AgreementProposal;
import org.mekong.jtf.intel.domain.AgreementStatus;
import org.mekong.jtf.intel.domain.Approval;
import org.mekong.jtf.intel.domain.ProposalStatus;
import org.mekong.jtf.intel.domain.Verdict;
import org.mekong.jtf.intel.mapping.IntelMapper;
import org.mekong.jtf.intel.repository.AgreementRepository;
import org.mekong.jtf.intel.repository.ProposalRepository;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.AgreementView;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalCreate;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalDecision;
import org.mekong.jtf.intel.rest.dto.AgreementDtos.ProposalView;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Agreements are readable by every agency and changed by none alone: a supervisor of an agency of a
 * party country proposes a change (proposing counts as their country's approval), a supervisor of
 * each other party country — of the agreement as it is and as it would be — approves it, and the
 * last approval applies it. Any of them may reject it instead. Withdrawing ends every share resting
 * on the agreement at once, as does an end date that has passed.
 */
@ApplicationScoped
@RunsToCompletion
public class AgreementService {

    static final String PROPOSAL = "agreement-proposal";

    private final AgreementRepository agreements;
    private final ProposalRepository proposals;
    private final AuditLog audit;
    private final IntelMapper mapper;

    public AgreementService(AgreementRepository agreements, ProposalRepository proposals, AuditLog audit, IntelMapper mapper) {
        this.agreements = agreements;
        this.proposals = proposals;
        this.audit = audit;
        this.mapper = mapper;
    }

    @WithSession
    public Uni<List<AgreementView>> list(String country, boolean inForceOnly) {
        LocalDate today = Today.utc();
        return agreements.list(country, inForceOnly, today).map(found -> found.stream().map(a -> view(a, today)).toList());
    }

    @WithSession
    public Uni<AgreementView> get(String code) {
        return existing(code).map(a -> view(a, Today.utc()));
    }

    /** Every proposal about the agreement, applied, rejected or pending: its history. */
    @WithSession
    public Uni<List<ProposalView>> history(String code) {
        return existing(code).flatMap(a -> proposals.ofAgreement(a.id).map(found -> found.stream()
                .map(p -> mapper.toView(p, a.code)).toList()));
    }

    private Uni<Agreement> existing(String code) {
        return agreements.findByCode(code).onItem().ifNull().failWith(() -> ProblemException.notFound("agreement " + code));
    }

    private AgreementView view(Agreement a, LocalDate today) {
        return mapper.toView(a, a.lapseOn(today));
    }

    @WithTransaction
    @IdempotentCreate(PROPOSAL)
    public Uni<ProposalView> propose(Caller caller, ProposalCreate request) {
        AgreementProposal p = mapper.toEntity(request);
        p.created(caller);
        p.proposerAgency = caller.agency();
        p.proposerCountry = caller.country();
        p.status = ProposalStatus.PENDING;
        Uni<Agreement> current;
        if (request.change() == AgreementChange.CREATE) {
            requireComplete(request);
            current = agreements.findByCode(request.code()).invoke(existing -> {
                if (existing != null) {
                    throw ProblemException.conflict("agreement " + request.code() + " exists; propose an amendment instead");
                }
            });
        } else {
            if (request.agreement() == null) {
                throw ProblemException.badRequest("agreement", "name the agreement to " + request.change().name().toLowerCase());
            }
            current = existing(request.agreement()).invoke(a -> {
                p.agreementId = a.id;
                p.code = null;
                requireChange(request, a);
            });
        }
        return current.flatMap(a -> {
            Set<String> before = a == null ? Set.of() : a.parties;
            Set<String> after = p.parties.isEmpty() ? before : p.parties;
            if (!before.contains(caller.country()) && !after.contains(caller.country())) {
                throw ProblemException.forbidden("only a party country's agency proposes changes to "
                        + (a == null ? "an agreement" : a.code) + "; " + caller.country() + " is not one");
            }
            if (a != null && !before.contains(caller.country())) {
                throw ProblemException.forbidden(caller.country() + " is not a party to " + a.code + ": it may not change it");
            }
            requireKind(p.kind != null ? p.kind : a.kind, after);
            LocalDate from = p.validFrom != null ? p.validFrom : a.validFrom;
            LocalDate until = p.validUntil != null ? p.validUntil : (a == null ? null : a.validUntil);
            if (until != null && until.isBefore(from)) {
                throw ProblemException.badRequest("validUntil", "must not precede validFrom " + from);
            }
            p.approvers = new HashSet<>(before);
            p.approvers.addAll(after);
            p.approvals.add(approval(caller));
            return proposals.persist(p).call(saved -> audit.record(caller, "agreement-proposed", PROPOSAL, p.id, caller.agency()))
                    .map(saved -> mapper.toView(p, a == null ? p.code : a.code));
        });
    }

    private static void requireComplete(ProposalCreate r) {
        String missing = r.code() == null ? "code" : r.title() == null ? "title" : r.kind() == null ? "kind"
                : r.parties() == null ? "parties" : r.purposes() == null ? "purposes" : r.maxHandling() == null ? "maxHandling"
                : r.validFrom() == null ? "validFrom" : null;
        if (missing != null) {
            throw ProblemException.badRequest(missing, "a new agreement names its " + missing);
        }
        if (r.agreement() != null) {
            throw ProblemException.badRequest("agreement", "a new agreement is named by code; 'agreement' names an existing one");
        }
    }

    private static void requireChange(ProposalCreate r, Agreement a) {
        boolean changesSomething = r.title() != null || r.kind() != null || r.parties() != null || r.purposes() != null
                || r.maxHandling() != null || r.validFrom() != null || r.validUntil() != null;
        if (r.code() != null) {
            throw ProblemException.badRequest("code", "an agreement's code does not change");
        }
        if (r.change() == AgreementChange.WITHDRAW) {
            if (changesSomething) {
                throw ProblemException.badRequest("change", "a withdrawal changes nothing else; propose an amendment for that");
            }
            if (a.status == AgreementStatus.WITHDRAWN) {
                throw ProblemException.conflict("agreement " + a.code + " was already withdrawn on " + a.withdrawnOn);
            }
        } else if (!changesSomething) {
            throw ProblemException.badRequest("change", "an amendment changes at least one of title, kind, parties, purposes,"
                    + " maxHandling, validFrom, validUntil");
        }
    }

    private static void requireKind(AgreementKind kind, Set<String> parties) {
        if (kind == AgreementKind.BILATERAL && parties.size() != 2) {
            throw ProblemException.badRequest("parties", "a bilateral agreement has two parties");
        }
        if (kind == AgreementKind.MULTILATERAL && parties.size() < 3) {
            throw ProblemException.badRequest("parties", "a multilateral agreement has three parties or more");
        }
    }

    private static Approval approval(Caller caller) {
        Approval approval = new Approval();
        approval.country = caller.country();
        approval.agency = caller.agency();
        approval.officerId = caller.officerId();
        approval.approvedAt = TrackedRecord.now();
        return approval;
    }

    @WithSession
    public Uni<Page<ProposalView>> proposals(ProposalStatus status, String agreementCode, int page, int size) {
        Uni<UUID> agreementId = agreementCode == null ? Uni.createFrom().nullItem() : existing(agreementCode).map(a -> a.id);
        return agreementId.flatMap(id -> proposals.page(status, id, page, size).flatMap(found -> proposals.countMatching(status, id)
                .flatMap(total -> codesOf(found).map(codes -> new Page<>(found.stream()
                        .map(p -> mapper.toView(p, p.agreementId == null ? p.code : codes.get(p.agreementId))).toList(), page, size, total)))));
    }

    private Uni<java.util.Map<UUID, String>> codesOf(List<AgreementProposal> found) {
        Set<UUID> ids = new HashSet<>();
        found.forEach(p -> {
            if (p.agreementId != null) {
                ids.add(p.agreementId);
            }
        });
        return agreements.findByIds(ids).map(list -> list.stream().collect(java.util.stream.Collectors.toMap(a -> a.id, a -> a.code)));
    }

    @WithSession
    public Uni<ProposalView> proposal(UUID id) {
        return existingProposal(id).flatMap(this::view);
    }

    private Uni<AgreementProposal> existingProposal(UUID id) {
        return proposals.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("agreement proposal " + id));
    }

    private Uni<ProposalView> view(AgreementProposal p) {
        return p.agreementId == null ? Uni.createFrom().item(mapper.toView(p, p.code))
                : agreements.findById(p.agreementId).map(a -> mapper.toView(p, a.code));
    }

    /** A party country's supervisor approves or rejects (If-Match); the last approval applies the change. */
    @WithTransaction
    public Uni<ProposalView> decide(Caller caller, UUID id, String ifMatch, ProposalDecision decision) {
        return existingProposal(id).flatMap(p -> {
            Versions.requireMatch(ifMatch, p.version);
            if (p.status != ProposalStatus.PENDING) {
                throw ProblemException.conflict("this proposal was already " + p.status);
            }
            if (!p.approvers.contains(caller.country())) {
                throw ProblemException.forbidden(caller.country() + " is not a party to this agreement: it does not decide on it");
            }
            if (!p.awaiting().contains(caller.country())) {
                throw ProblemException.conflict(caller.country() + " has already approved this proposal");
            }
            p.updated(caller);
            if (decision.decision() == Verdict.REJECT) {
                p.status = ProposalStatus.REJECTED;
                p.decidedAt = TrackedRecord.now();
                p.rejectedBy = caller.officerId();
                p.rejectedByAgency = caller.agency();
                p.rejectionReason = decision.reason();
                return audit.record(caller, "agreement-proposal-rejected", PROPOSAL, p.id, caller.agency()).replaceWith(p);
            }
            p.approvals.add(approval(caller));
            Uni<Void> applied = p.awaiting().isEmpty() ? apply(caller, p) : Uni.createFrom().voidItem();
            return applied.call(() -> audit.record(caller, "agreement-proposal-approved", PROPOSAL, p.id, caller.agency())).replaceWith(p);
        }).call(p -> proposals.flush()).flatMap(this::view);
    }

    private Uni<Void> apply(Caller caller, AgreementProposal p) {
        p.status = ProposalStatus.APPLIED;
        p.decidedAt = TrackedRecord.now();
        if (p.change == AgreementChange.CREATE) {
            Agreement a = new Agreement();
            a.created(caller);
            a.code = p.code;
            a.status = AgreementStatus.IN_FORCE;
            amend(a, p);
            p.agreementId = a.id;
            return agreements.persist(a).call(saved -> audit.record(caller, "agreement-created", "agreement", a.id, caller.agency()))
                    .replaceWithVoid();
        }
        return agreements.findById(p.agreementId).flatMap(a -> {
            if (p.change == AgreementChange.WITHDRAW) {
                a.status = AgreementStatus.WITHDRAWN;
                a.withdrawnOn = Today.utc();
            } else {
                amend(a, p);
            }
            a.updated(caller);
            return audit.record(caller, p.change == AgreementChange.WITHDRAW ? "agreement-withdrawn" : "agreement-amended",
                    "agreement", a.id, caller.agency());
        });
    }

    private static void amend(Agreement a, AgreementProposal p) {
        if (p.title != null) {
            a.title = p.title;
        }
        if (p.kind != null) {
            a.kind = p.kind;
        }
        if (!p.parties.isEmpty()) {
            a.parties = new HashSet<>(p.parties);
        }
        if (!p.purposes.isEmpty()) {
            a.purposes = new HashSet<>(p.purposes);
        }
        if (p.maxHandling != null) {
            a.maxHandling = p.maxHandling;
        }
        if (p.validFrom != null) {
            a.validFrom = p.validFrom;
        }
        if (p.validUntil != null) {
            a.validUntil = p.validUntil;
        }
    }
}
