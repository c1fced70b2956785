package org.mekong.jtf.cases.repository;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.cases.domain.CaseEvent;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CaseEventRepository implements PanacheRepository<CaseEvent> {

    public Uni<List<CaseEvent>> page(UUID caseId, int page, int size) {
        return find("caseId", Sort.by("id"), caseId).page(Page.of(page, size)).list();
    }

    public Uni<Long> countFor(UUID caseId) {
        return count("caseId", caseId);
    }
}
