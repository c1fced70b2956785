package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.AgreementStatus;
import org.mekong.jtf.intel.domain.ReportShare;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ShareRepository implements PanacheRepositoryBase<ReportShare, UUID> {

    /** Every share of these reports, revoked ones too, in the order they were made: one query for a page of reports. */
    public Uni<List<ReportShare>> ofReports(Collection<UUID> reportIds) {
        return reportIds.isEmpty() ? Uni.createFrom().item(List.of())
                : list("reportId in ?1", Sort.by("createdAt").and("id"), reportIds);
    }

    /** Of these reports' shares, those that grant access today: the state of every share, in one statement. */
    public Uni<java.util.Set<UUID>> granting(Collection<UUID> reportIds, LocalDate today) {
        return reportIds.isEmpty() ? Uni.createFrom().item(java.util.Set.of()) : getSession().flatMap(session -> session.createSelectionQuery(
                        "select s.id from ReportShare s where s.reportId in :reports and " + ReportRepository.SHARE_GRANTS, UUID.class)
                .setParameter("reports", reportIds).setParameter("today", today).setParameter("inForce", AgreementStatus.IN_FORCE)
                .getResultList()).map(java.util.HashSet::new);
    }

    /** The unrevoked share of a report with an agency, whether or not its agreement is in force. */
    public Uni<ReportShare> unrevoked(UUID reportId, String agency) {
        return find("reportId = ?1 and agency = ?2 and revokedAt is null", reportId, agency).firstResult();
    }

    public Uni<ReportShare> findInReport(UUID reportId, UUID shareId) {
        return find("reportId = ?1 and id = ?2", reportId, shareId).firstResult();
    }

    /** Does the agency hold a share of the report that grants access today (the reader's own check). */
    public Uni<ReportShare> granting(UUID reportId, String agency, LocalDate today) {
        return getSession().flatMap(session -> session.createSelectionQuery("from ReportShare s where s.reportId = :report"
                                + " and s.agency = :agency and " + ReportRepository.SHARE_GRANTS, ReportShare.class)
                .setParameter("report", reportId).setParameter("agency", agency).setParameter("today", today)
                .setParameter("inForce", AgreementStatus.IN_FORCE).getSingleResultOrNull());
    }

    /**
     * The originator's shares that no longer grant access because the agreement under them expired,
     * was withdrawn, or no longer has both countries as parties; newest first.
     */
    public Uni<List<ReportShare>> lapsed(String originator, LocalDate today, int page, int size) {
        return getSession().flatMap(session -> session.createSelectionQuery(LAPSED + " order by s.createdAt desc, s.id", ReportShare.class)
                .setParameter("originator", originator).setParameter("today", today).setParameter("inForce", AgreementStatus.IN_FORCE)
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public Uni<Long> countLapsed(String originator, LocalDate today) {
        return getSession().flatMap(session -> session.createSelectionQuery("select count(s) " + LAPSED, Long.class)
                .setParameter("originator", originator).setParameter("today", today).setParameter("inForce", AgreementStatus.IN_FORCE)
                .getSingleResult());
    }

    private static final String LAPSED = """
            from ReportShare s where s.agreementId is not null and s.revokedAt is null
              and s.reportId in (select r.id from IntelReport r where r.originatorAgency = :originator)
              and not (""" + ReportRepository.SHARE_GRANTS + ")";
}
