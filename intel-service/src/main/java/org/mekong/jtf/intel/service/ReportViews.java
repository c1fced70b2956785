package org.mekong.jtf.intel.service;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.Agreement;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.ReportShare;
import org.mekong.jtf.intel.mapping.IntelMapper;
import org.mekong.jtf.intel.repository.AgreementRepository;
import org.mekong.jtf.intel.repository.ShareRepository;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ReportView;
import org.mekong.jtf.intel.rest.dto.ReportDtos.ShareView;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reports as their reader may see them: the originator sees the whole distribution (with which
 * shares lapsed and why) and every named officer; another agency sees only its own access, what
 * it passed on, and its own officers. A page of reports costs two queries (shares, agreements).
 */
@ApplicationScoped
public class ReportViews {

    static final String ACTIVE = "ACTIVE";
    static final String LAPSED = "LAPSED";
    static final String REVOKED = "REVOKED";

    private final ShareRepository shares;
    private final AgreementRepository agreements;
    private final IntelMapper mapper;

    public ReportViews(ShareRepository shares, AgreementRepository agreements, IntelMapper mapper) {
        this.shares = shares;
        this.agreements = agreements;
        this.mapper = mapper;
    }

    public Uni<ReportView> of(Caller reader, IntelReport report) {
        return of(reader, List.of(report)).map(views -> views.get(0));
    }

    public Uni<List<ReportView>> of(Caller reader, List<IntelReport> reports) {
        List<UUID> ids = reports.stream().map(r -> r.id).toList();
        LocalDate today = Today.utc();
        return shares.ofReports(ids).flatMap(all -> shares.granting(ids, today).flatMap(granting -> {
            // the agreements are read only to say why a share lapsed, which is rare
            List<ReportShare> lapsed = all.stream().filter(s -> s.revokedAt == null && !granting.contains(s.id)).toList();
            return agreementsOf(lapsed).map(byId -> {
                Map<UUID, List<ReportShare>> byReport = all.stream().collect(Collectors.groupingBy(s -> s.reportId));
                return reports.stream().map(r -> {
                    boolean originator = ReportAccess.isOriginator(reader, r);
                    List<ShareView> visible = byReport.getOrDefault(r.id, List.of()).stream()
                            .filter(s -> originator || reader.agency().equals(s.agency) || reader.agency().equals(s.sharedByAgency))
                            .map(s -> granting.contains(s.id) ? mapper.toView(s, ACTIVE, null) : share(s, byId, today)).toList();
                    // only RED reports name officers (and only theirs are loaded)
                    var officers = r.tlp != org.mekong.jtf.intel.domain.Tlp.RED ? List.<org.mekong.jtf.intel.rest.dto.ReportDtos.NamedOfficerDto>of()
                            : r.namedOfficers.stream().filter(n -> originator || reader.agency().equals(n.agency))
                            .sorted(java.util.Comparator.comparing((org.mekong.jtf.intel.domain.NamedOfficer n) -> n.agency)
                                    .thenComparing(n -> n.officerId))
                            .map(mapper::toDto).toList();
                    return mapper.toView(r, visible, officers);
                }).toList();
            });
        }));
    }

    /** One share as its state is today. */
    public Uni<ShareView> of(ReportShare share) {
        return agreementsOf(List.of(share)).map(byId -> share(share, byId, Today.utc()));
    }

    Uni<Map<UUID, Agreement>> agreementsOf(List<ReportShare> all) {
        Set<UUID> ids = all.stream().map(s -> s.agreementId).filter(Objects::nonNull).collect(Collectors.toSet());
        return agreements.findByIds(ids).map(found -> found.stream().collect(Collectors.toMap(a -> a.id, Function.identity())));
    }

    ShareView share(ReportShare s, Map<UUID, Agreement> agreementsById, LocalDate today) {
        if (s.revokedAt != null) {
            return mapper.toView(s, REVOKED, null);
        }
        String lapse = lapse(s, agreementsById.get(s.agreementId), today);
        return mapper.toView(s, lapse == null ? ACTIVE : LAPSED, lapse);
    }

    /** Why a share no longer grants access, or null while it does. */
    static String lapse(ReportShare s, Agreement agreement, LocalDate today) {
        if (s.agreementId == null) {
            return null;
        }
        if (agreement == null) {
            return "the agreement it rested on no longer exists";
        }
        if (!agreement.between(s.sharedByCountry, s.country)) {
            return "agreement " + agreement.code + " is no longer between " + s.sharedByCountry + " and " + s.country;
        }
        return agreement.lapseOn(today);
    }
}
