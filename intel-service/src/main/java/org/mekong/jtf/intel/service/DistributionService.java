package org.mekong.jtf.intel.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.audit.Visibility;
import org.mekong.jtf.common.concurrency.Versions;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.common.persistence.TrackedRecord;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.Agencies;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.ConsentRequest;
import org.mekong.jtf.intel.domain.ConsentStatus;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.NamedOfficer;
import org.mekong.jtf.intel.domain.Purpose;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportShare;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.ShareVia;
import org.mekong.jtf.intel.domain.Tlp;
import org.mekong.jtf.intel.domain.Verdict;
import org.mekong.jtf.intel.mapping.IntelMapper;
import org.mekong.jtf.intel.repository.AgreementRepository;
import org.mekong.jtf.intel.repository.ConsentRepository;
import org.mekong.jtf.intel.repository.ReportRepository;
import org.mekong.jtf.intel.repository.ShareRepository;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ConsentDecision;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ConsentView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.DistributionOutcome;
import org.mekong.jtf.intel.rest.dto.ReportDtos.LapsedShareView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareRequest;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareView;
import org.mekong.jtf.common.paging.Page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Who a report goes to. The originator shares it under the agreement rules (SharingRules); a
 * recipient passes it on under the same rules between its own country and the next one — unless
 * TLP forbids it (RED, AMBER+STRICT), or the handling code needs the originator's consent (H2;
 * H1 for prosecution, since H1 material may not go before a court without it): then the pass-on
 * becomes a consent request, and only the originator's approval widens the distribution. A
 * revoked share ends the access of the agencies it was passed on to as well.
 */
@ApplicationScoped
@RunsToCompletion
public class DistributionService {

    static final String SHARE = "report-share";
    static final String CONSENT = "consent-request";

    private final ReportAccess access;
    private final ShareRepository shares;
    private final ConsentRepository consents;
    private final AgreementRepository agreements;
    private final ReportRepository reports;
    private final ReportViews views;
    private final IntelMapper mapper;

    public DistributionService(ReportAccess access, ShareRepository shares, ConsentRepository consents, AgreementRepository agreements,
                               ReportRepository reports, ReportViews views, IntelMapper mapper) {
        this.access = access;
        this.reports = reports;
        this.shares = shares;
        this.consents = consents;
        this.agreements = agreements;
        this.views = views;
        this.mapper = mapper;
    }

    /** Shares a report with one more agency: 201 with the share, or 202 with the consent request it became. */
    @WithTransaction
    @IdempotentCreate(SHARE)
    public Uni<DistributionOutcome> distribute(Caller caller, ReportKind kind, UUID reportId, ShareRequest request) {
        return access.visible(caller, kind, reportId).flatMap(report -> {
            if (report.status == ReportStatus.WITHDRAWN) {
                throw ProblemException.conflict(report.reference + " is withdrawn and goes to nobody any more");
            }
            if (ReportAccess.isOriginator(caller, report)) {
                return share(caller, report, request, "", caller.agency(), ShareVia.ORIGINATOR, null)
                        .flatMap(views::of).map(share -> new DistributionOutcome(share, null));
            }
            return passOn(caller, report, request);
        });
    }

    /** The originator's own share, as part of another write (the distribution of a new report). */
    Uni<ReportShare> shareAsOriginator(Caller caller, IntelReport report, ShareRequest request, String field) {
        return share(caller, report, request, field, caller.agency(), ShareVia.ORIGINATOR, null);
    }

    private Uni<DistributionOutcome> passOn(Caller caller, IntelReport report, ShareRequest request) {
        if (report.tlp.forbidsOnwardSharing()) {
            throw new ProblemException(409, "onward-sharing-forbidden", "Conflict", "TLP:" + report.tlp.label() + " material "
                    + (report.tlp == Tlp.RED ? "is for the officers it names" : "stays with the recipient agency itself")
                    + ": it is not passed on");
        }
        return shares.granting(report.id, caller.agency(), Today.utc()).flatMap(own -> {
            if (own == null) {
                // visible through a same-day race with a lapse or revocation: nothing to pass on
                throw ProblemException.notFound(report.kind.objectType + " " + report.id);
            }
            if (report.handling == HandlingCode.H0 && request.purpose() != own.purpose) {
                throw new ProblemException(422, SharingRules.NOT_PERMITTED, "Share not permitted", "purpose: H0 material is used only"
                        + " for the purpose it was shared for (" + own.purpose + ")",
                        List.of(new org.mekong.jtf.common.problem.Problem.Violation("purpose", "must be " + own.purpose + " for H0 material")));
            }
            if (!needsConsent(report.handling, request.purpose())) {
                return share(caller, report, request, "", caller.agency(), ShareVia.PASS_ON, null)
                        .flatMap(views::of).map(share -> new DistributionOutcome(share, null));
            }
            return requestConsent(caller, report, request).map(consent -> new DistributionOutcome(null, consent));
        });
    }

    static boolean needsConsent(HandlingCode handling, Purpose purpose) {
        return handling == HandlingCode.H2 || (handling == HandlingCode.H1 && purpose == Purpose.PROSECUTION);
    }

    private Uni<ConsentView> requestConsent(Caller caller, IntelReport report, ShareRequest request) {
        requireNewRecipient(report, request.agency());
        refuseOfficers(report, request, "");
        return consents.pendingFor(report.id, request.agency()).invoke(pending -> {
            if (pending != null) {
                throw ProblemException.conflict("a request to pass " + report.reference + " on to " + request.agency()
                        + " awaits the originator's decision (" + pending.id + ")");
            }
        }).flatMap(none -> permittingAgreement(caller.agency(), request, report.handling, "")).flatMap(agreement -> {
            ConsentRequest consent = new ConsentRequest();
            consent.created(caller);
            consent.reportId = report.id;
            consent.requestingAgency = caller.agency();
            consent.requestingCountry = caller.country();
            consent.targetAgency = request.agency();
            consent.targetCountry = Agencies.countryOf(request.agency());
            consent.agreementCode = agreement == null ? null : agreement.code;
            consent.purpose = request.purpose();
            consent.reason = request.reason();
            consent.status = ConsentStatus.PENDING;
            return consents.persist(consent).call(saved -> access.changed(caller, report, "CONSENT_REQUESTED", caller.agency()
                    + " asks to pass " + report.reference + " on to " + request.agency() + " for " + request.purpose(),
                    request.agency(), CONSENT, consent.id)).call(consents::flush);
        }).map(mapper::toView);
    }

    /**
     * Creates a share after the agreement rules allowed it; a lapsed share with the same agency is
     * superseded, a live one is a 409.
     */
    private Uni<ReportShare> share(Caller caller, IntelReport report, ShareRequest request, String field, String sharingAgency,
                                   ShareVia via, UUID consentRequestId) {
        requireNewRecipient(report, request.agency());
        nameOfficers(report, request, field);
        return permittingAgreement(sharingAgency, request, report.handling, field)
                .call(agreement -> supersedeLapsed(caller, report, request.agency()))
                .flatMap(agreement -> {
                    ReportShare s = new ReportShare();
                    s.created(caller);
                    s.reportId = report.id;
                    s.agency = request.agency();
                    s.country = Agencies.countryOf(request.agency());
                    s.sharedByAgency = sharingAgency;
                    s.sharedByCountry = Agencies.countryOf(sharingAgency);
                    s.agreementId = agreement == null ? null : agreement.id;
                    s.agreementCode = agreement == null ? null : agreement.code;
                    s.purpose = request.purpose();
                    s.via = via;
                    s.consentRequestId = consentRequestId;
                    String basis = agreement == null ? "" : " under " + agreement.code;
                    String summary = switch (via) {
                        case ORIGINATOR -> "shared with " + s.agency + " for " + s.purpose + basis;
                        case PASS_ON -> sharingAgency + " passed it on to " + s.agency + " for " + s.purpose + basis;
                        case CONSENT -> "with the originator's consent, " + sharingAgency + " passed it on to " + s.agency
                                + " for " + s.purpose + basis;
                    };
                    return shares.persist(s).call(saved -> access.changed(caller, report, "SHARED", summary, s.agency, SHARE, s.id));
                });
    }

    private static void requireNewRecipient(IntelReport report, String agency) {
        if (agency.equals(report.originatorAgency)) {
            throw ProblemException.badRequest("agency", report.originatorAgency + " originated " + report.reference + " and needs no share");
        }
    }

    /** A TLP:RED report goes to named officers only; other reports name none. */
    private static void nameOfficers(IntelReport report, ShareRequest request, String field) {
        boolean named = request.officers() != null && !request.officers().isEmpty();
        if (report.tlp != Tlp.RED) {
            refuseOfficers(report, request, field);
            return;
        }
        if (!named) {
            throw ProblemException.badRequest(field + "officers", "a TLP:RED report is for named officers only: name those of "
                    + request.agency() + " it is for");
        }
        request.officers().forEach(officer -> report.namedOfficers.add(new NamedOfficer(request.agency(), officer)));
    }

    private static void refuseOfficers(IntelReport report, ShareRequest request, String field) {
        if (request.officers() != null && !request.officers().isEmpty()) {
            throw ProblemException.badRequest(field + "officers", "officers are named only on TLP:RED reports; this one is TLP:"
                    + report.tlp.label());
        }
    }

    /** The agreement the share rests on (null within one country), once SharingRules allowed it. */
    private Uni<Agreement> permittingAgreement(String fromAgency, ShareRequest request, HandlingCode handling, String field) {
        String from = Agencies.countryOf(fromAgency);
        String to = Agencies.countryOf(request.agency());
        LocalDate today = Today.utc();
        Uni<Agreement> cited = request.agreement() == null ? Uni.createFrom().nullItem() : agreements.findByCode(request.agreement());
        return cited.flatMap(agreement -> {
            Uni<List<Agreement>> available = request.agreement() == null && !from.equals(to)
                    ? agreements.inForceBetween(from, to, today) : Uni.createFrom().item(List.of());
            return available.map(candidates -> {
                SharingRules.check(field, fromAgency, request.agency(), request.agreement(), agreement, request.purpose(), handling,
                        today, candidates);
                return agreement;
            });
        });
    }

    private Uni<Void> supersedeLapsed(Caller caller, IntelReport report, String agency) {
        return shares.unrevoked(report.id, agency).flatMap(existing -> {
            if (existing == null) {
                return Uni.createFrom().voidItem();
            }
            Uni<Agreement> under = existing.agreementId == null ? Uni.createFrom().nullItem() : agreements.findById(existing.agreementId);
            return under.flatMap(agreement -> {
                String lapse = ReportViews.lapse(existing, agreement, Today.utc());
                if (lapse == null) {
                    throw ProblemException.conflict(report.reference + " is already shared with " + agency + " (share " + existing.id + ")");
                }
                existing.revokedAt = TrackedRecord.now();
                existing.revokedBy = caller.officerId();
                existing.updated(caller);
                // the new share's row must not meet the old one's in the unique index of live shares
                return shares.flush();
            });
        });
    }

    @WithSession
    public Uni<ShareView> getShare(Caller caller, ReportKind kind, UUID reportId, UUID shareId) {
        return access.readable(caller, kind, reportId).flatMap(report -> shares.findInReport(report.id, shareId)
                .invoke(s -> {
                    if (s != null && !ReportAccess.isOriginator(caller, report) && !caller.agency().equals(s.agency)
                            && !caller.agency().equals(s.sharedByAgency)) {
                        throw Visibility.missing(SHARE, shareId);
                    }
                })
                .onItem().ifNull().failWith(() -> Visibility.missing(SHARE, shareId))
                .call(s -> access.readAbout(caller, report, SHARE, s.id)))
                .flatMap(views::of);
    }

    /** Revokes a share (the originator, or the agency that made it) and every pass-on that followed from it. */
    @WithTransaction
    public Uni<ShareView> revoke(Caller caller, ReportKind kind, UUID reportId, UUID shareId) {
        return access.visible(caller, kind, reportId).flatMap(report -> shares.ofReports(List.of(report.id)).flatMap(all -> {
            ReportShare share = all.stream().filter(s -> s.id.equals(shareId)).findFirst().orElseThrow(() -> Visibility.missing(SHARE, shareId));
            boolean mayRevoke = ReportAccess.isOriginator(caller, report) || caller.agency().equals(share.sharedByAgency);
            if (!mayRevoke && !caller.agency().equals(share.agency)) {
                throw Visibility.missing(SHARE, shareId);
            }
            if (!mayRevoke) {
                throw ProblemException.forbidden("only " + report.originatorAgency + " or the agency that made the share may revoke it")
                        .audited("forbidden", SHARE, shareId, report.originatorAgency);
            }
            if (share.revokedAt != null) {
                throw ProblemException.conflict("share " + shareId + " was revoked at " + share.revokedAt);
            }
            List<ReportShare> ended = passedOnFrom(share, all);
            Instant now = TrackedRecord.now();
            Uni<Void> recorded = Uni.createFrom().voidItem();
            for (ReportShare s : ended) {
                s.revokedAt = now;
                s.revokedBy = caller.officerId();
                s.updated(caller);
                String summary = s == share ? "share with " + s.agency + " revoked"
                        : "share with " + s.agency + " ended with the revoked share of " + s.sharedByAgency;
                recorded = recorded.call(() -> access.changed(caller, report, "SHARE_REVOKED", summary, s.agency, SHARE, s.id));
            }
            return recorded.call(shares::flush).replaceWith(share);
        })).flatMap(views::of);
    }

    /** The share and, transitively, every live share its recipient passed on from it. */
    private static List<ReportShare> passedOnFrom(ReportShare root, List<ReportShare> all) {
        List<ReportShare> ended = new java.util.ArrayList<>();
        Set<String> endedAgencies = new HashSet<>();
        ArrayDeque<ReportShare> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            ReportShare s = pending.poll();
            ended.add(s);
            if (endedAgencies.add(s.agency)) {
                all.stream().filter(next -> next.revokedAt == null && next.sharedByAgency.equals(s.agency) && next != root
                        && !ended.contains(next)).forEach(pending::add);
            }
        }
        return ended;
    }

    @WithSession
    public Uni<List<ConsentView>> consentRequests(Caller caller, ReportKind kind, UUID reportId) {
        return access.readable(caller, kind, reportId).flatMap(report -> consents.ofReport(report.id,
                        ReportAccess.isOriginator(caller, report) ? null : caller.agency())
                .call(found -> access.readAbout(caller, report, CONSENT + "-list", report.id)))
                .map(found -> found.stream().map(mapper::toView).toList());
    }

    @WithSession
    public Uni<ConsentView> consentRequest(Caller caller, ReportKind kind, UUID reportId, UUID consentId) {
        return access.readable(caller, kind, reportId).flatMap(report -> visibleConsent(caller, report, consentId)
                .call(c -> access.readAbout(caller, report, CONSENT, c.id))).map(mapper::toView);
    }

    private Uni<ConsentRequest> visibleConsent(Caller caller, IntelReport report, UUID consentId) {
        return consents.findInReport(report.id, consentId).invoke(c -> {
            if (c != null && !ReportAccess.isOriginator(caller, report) && !caller.agency().equals(c.requestingAgency)) {
                throw Visibility.missing(CONSENT, consentId);
            }
        }).onItem().ifNull().failWith(() -> Visibility.missing(CONSENT, consentId));
    }

    /** The originator approves (the share is made, under the rules as they are today) or refuses a consent request. */
    @WithTransaction
    public Uni<ConsentView> decide(Caller caller, ReportKind kind, UUID reportId, UUID consentId, String ifMatch, ConsentDecision decision) {
        return access.readable(caller, kind, reportId).flatMap(report -> visibleConsent(caller, report, consentId).flatMap(c -> {
            access.requireOriginator(caller, report, "decide on passing its reports on");
            Versions.requireMatch(ifMatch, c.version);
            if (c.status != ConsentStatus.PENDING) {
                throw ProblemException.conflict("this consent request was already " + c.status);
            }
            c.decidedBy = caller.officerId();
            c.decidedAt = TrackedRecord.now();
            c.decisionReason = decision.reason();
            c.updated(caller);
            if (decision.decision() == Verdict.REJECT) {
                c.status = ConsentStatus.REFUSED;
                return access.changed(caller, report, "CONSENT_REFUSED", "refused to let " + c.requestingAgency + " pass it on to "
                        + c.targetAgency, c.targetAgency, CONSENT, c.id).replaceWith(c);
            }
            ShareRequest onward = new ShareRequest(c.targetAgency, c.agreementCode, c.purpose, null, c.reason);
            return share(caller, report, onward, "", c.requestingAgency, ShareVia.CONSENT, c.id).flatMap(share -> {
                c.status = ConsentStatus.APPROVED;
                c.shareId = share.id;
                return access.changed(caller, report, "CONSENT_APPROVED", "let " + c.requestingAgency + " pass it on to "
                        + c.targetAgency, c.targetAgency, CONSENT, c.id).replaceWith(c);
            });
        }).call(c -> consents.flush())).map(mapper::toView);
    }

    /** The shares the caller's agency made or allowed that no longer grant access, for any of its reports. */
    @WithSession
    public Uni<Page<LapsedShareView>> lapsed(Caller caller, int page, int size) {
        LocalDate today = Today.utc();
        return shares.lapsed(caller.agency(), today, page, size).call(found -> access.readOwn(caller, "lapsed-share-list")).flatMap(found -> shares.countLapsed(caller.agency(), today)
                .flatMap(total -> views.agreementsOf(found).flatMap(byId -> summaries(found).map(reports -> new Page<>(found.stream()
                        .map(s -> {
                            IntelReport r = reports.get(s.reportId);
                            return new LapsedShareView(r.id, r.reference, r.title, views.share(s, byId, today));
                        }).toList(), page, size, total)))));
    }

    private Uni<java.util.Map<UUID, IntelReport>> summaries(List<ReportShare> found) {
        List<UUID> ids = found.stream().map(s -> s.reportId).distinct().toList();
        return ids.isEmpty() ? Uni.createFrom().item(java.util.Map.of())
                : reports.list("id in ?1", ids).map(list -> list.stream()
                .collect(java.util.stream.Collectors.toMap(r -> r.id, r -> r)));
    }
}
