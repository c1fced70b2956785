package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.mekong.jtf.common.security.Caller;
import org.mekong.jtf.intel.domain.AgreementStatus;
import org.mekong.jtf.intel.domain.HandlingCode;
import org.mekong.jtf.intel.domain.IntelReport;
import org.mekong.jtf.intel.domain.ReportKind;
import org.mekong.jtf.intel.domain.ReportStatus;
import org.mekong.jtf.intel.domain.SubstanceTag;
import org.mekong.jtf.intel.domain.Tlp;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Reports as a reader may see them, decided in SQL: the originating agency sees its own (a TLP:RED
 * one only its author and the officers it names); another agency sees a published or withdrawn one
 * while it holds an unrevoked share whose agreement is in force today between the sharing and the
 * receiving country, RED ones again only by name. Everything else does not exist for the reader.
 */
@ApplicationScoped
public class ReportRepository implements PanacheRepositoryBase<IntelReport, UUID> {

    /** A share that grants access today: not revoked, and resting on no agreement (same country) or one in force. */
    static final String SHARE_GRANTS = """
            s.revokedAt is null and (s.agreementId is null or exists (select a.id from Agreement a
                where a.id = s.agreementId and a.status = :inForce and a.validFrom <= :today
                  and (a.validUntil is null or a.validUntil >= :today)
                  and s.country member of a.parties and s.sharedByCountry member of a.parties))""";

    private static final String NAMED = """
            exists (select n.officerId from IntelReport r2 join r2.namedOfficers n
                where r2.id = r.id and n.agency = :agency and n.officerId = :officer)""";

    private static final String VISIBLE = """
            ((r.originatorAgency = :agency and (r.tlp <> :red or r.createdBy = :officer or %2$s))
             or (r.status <> :draft and exists (select s.id from ReportShare s where s.reportId = r.id and s.agency = :agency
                     and %1$s)
                 and (r.tlp <> :red or %2$s)))""".formatted(SHARE_GRANTS, NAMED);

    /** Filters of the list; null means any. Grades are bounds: reliability B means A or B. */
    public record Filter(ReportKind kind, String originator, String recipient, SubstanceTag substance, String routeCountry,
                         String reliability, Integer credibility, Tlp tlp, HandlingCode handling, String caseReference,
                         String text, ReportStatus status, Instant from, Instant to) {
    }

    public Uni<IntelReport> findVisible(UUID id, Caller reader, LocalDate today) {
        HqlQuery q = visibleTo(reader, today).and("r.id = :id", "id", id);
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(q.text(), IntelReport.class)).getSingleResultOrNull());
    }

    /**
     * Loads the collections only some reports have — the named officers of RED reports, the photos of
     * early warnings — in one batch each (or for all the reports, before an edit may touch them).
     */
    public Uni<Void> loadDetails(List<IntelReport> reports, boolean all) {
        Uni<Void> loaded = Uni.createFrom().voidItem();
        for (IntelReport r : reports) {
            if (all || r.tlp == Tlp.RED) {
                loaded = loaded.call(() -> Mutiny.fetch(r.namedOfficers));
            }
            if (all || r.kind == ReportKind.EARLY_WARNING) {
                loaded = loaded.call(() -> Mutiny.fetch(r.photos));
            }
        }
        return loaded;
    }

    /** Of these reports, those the reader may see today (a hit links only those). */
    public Uni<List<IntelReport>> visibleAmong(Caller reader, LocalDate today, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        HqlQuery q = visibleTo(reader, today).and("r.id in :ids", "ids", ids);
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(q.text(), IntelReport.class)).getResultList());
    }

    /** Whose report an id is, whoever asks: only to file a refused attempt with the owning agency. */
    public Uni<String> originatorOf(UUID id) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                "select originatorAgency from IntelReport where id = :id", String.class).setParameter("id", id).getSingleResultOrNull());
    }

    public Uni<List<IntelReport>> search(Caller reader, LocalDate today, Filter filter, int page, int size) {
        HqlQuery q = filtered(reader, today, filter);
        String text = q.text() + " order by r.createdAt desc, r.id";
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(text, IntelReport.class))
                .setFirstResult(page * size).setMaxResults(size).getResultList());
    }

    public Uni<Long> countMatching(Caller reader, LocalDate today, Filter filter) {
        HqlQuery q = filtered(reader, today, filter);
        String text = "select count(r) " + q.text();
        return getSession().flatMap(session -> q.bind(session.createSelectionQuery(text, Long.class)).getSingleResult());
    }

    private static HqlQuery visibleTo(Caller reader, LocalDate today) {
        return new HqlQuery("from IntelReport r where " + VISIBLE)
                .with("agency", reader.agency()).with("officer", reader.officerId()).with("today", today)
                .with("red", Tlp.RED).with("draft", ReportStatus.DRAFT).with("inForce", AgreementStatus.IN_FORCE);
    }

    private static HqlQuery filtered(Caller reader, LocalDate today, Filter f) {
        HqlQuery q = visibleTo(reader, today);
        // a recipient lists what is current: withdrawn reports answer 410 when read, drafts it never sees
        q.and("(r.originatorAgency = :agency or r.status = :published)", "published", ReportStatus.PUBLISHED);
        if (f.kind() != null) {
            q.and("r.kind = :kind", "kind", f.kind());
        }
        if (f.originator() != null) {
            q.and("r.originatorAgency = :originator", "originator", f.originator());
        }
        if (f.recipient() != null) {
            // who else received a report is the originator's to know: another reader may only ask about itself
            q.and("(r.originatorAgency = :agency or :recipient = :agency) and exists (select s2.id from ReportShare s2"
                    + " where s2.reportId = r.id and s2.agency = :recipient and s2.revokedAt is null)", "recipient", f.recipient());
        }
        if (f.substance() != null) {
            q.and(":substance member of r.substances", "substance", f.substance());
        }
        if (f.routeCountry() != null) {
            q.and("exists (select w.country from IntelReport r3 join r3.route w where r3.id = r.id and w.country = :routeCountry)",
                    "routeCountry", f.routeCountry());
        }
        if (f.reliability() != null) {
            q.and("r.sourceReliability <= :reliability", "reliability", f.reliability());
        }
        if (f.credibility() != null) {
            q.and("r.infoCredibility <= :credibility", "credibility", f.credibility());
        }
        if (f.tlp() != null) {
            q.and("r.tlp = :tlp", "tlp", f.tlp());
        }
        if (f.handling() != null) {
            q.and("r.handling = :handling", "handling", f.handling());
        }
        if (f.caseReference() != null) {
            q.and(":caseRef member of r.caseReferences", "caseRef", f.caseReference());
        }
        if (f.text() != null) {
            q.and("(lower(r.title) like :text or lower(r.body) like :text)", "text",
                    "%" + HqlQuery.escapeLike(f.text().toLowerCase(Locale.ROOT)) + "%");
        }
        if (f.status() != null) {
            q.and("r.status = :status", "status", f.status());
        }
        if (f.from() != null) {
            q.and("r.createdAt >= :from", "from", f.from());
        }
        if (f.to() != null) {
            q.and("r.createdAt < :to", "to", f.to());
        }
        return q;
    }
}
