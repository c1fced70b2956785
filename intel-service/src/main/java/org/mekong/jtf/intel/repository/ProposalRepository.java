package org.mekong.jtf.intel.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.intel.domain.AgreementProposal;
import org.mekong.jtf.intel.domain.ProposalStatus;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class ProposalRepository implements PanacheRepositoryBase<AgreementProposal, UUID> {

    /** Proposals, newest first, by status and agreement when given. */
    public Uni<List<AgreementProposal>> page(ProposalStatus status, UUID agreementId, int page, int size) {
        Filter f = filter(status, agreementId);
        return find(f.text, Sort.by("createdAt").descending().and("id"), f.params).page(Page.of(page, size)).list();
    }

    public Uni<Long> countMatching(ProposalStatus status, UUID agreementId) {
        Filter f = filter(status, agreementId);
        return count(f.text, f.params);
    }

    /** An agreement's history: every proposal about it, oldest first. */
    public Uni<List<AgreementProposal>> ofAgreement(UUID agreementId) {
        return list("agreementId", Sort.by("createdAt").and("id"), agreementId);
    }

    private record Filter(String text, Parameters params) {
    }

    private static Filter filter(ProposalStatus status, UUID agreementId) {
        StringBuilder text = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (status != null) {
            text.append(" and status = :status");
            params.and("status", status);
        }
        if (agreementId != null) {
            text.append(" and agreementId = :agreement");
            params.and("agreement", agreementId);
        }
        return new Filter(text.toString(), params);
    }
}
