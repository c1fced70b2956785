package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.AssetType;
import org.mekong.jtf.cases.domain.SeizedAsset;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.AssetRepository;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.AssetView;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Seized assets: vehicles, weapons, cash, property, accounts. */
@ApplicationScoped
@RunsToCompletion
public class AssetService implements CaseRecordReads<AssetView> {

    static final String ASSET = "asset";

    private final AssetRepository assets;
    private final CaseAccess access;
    private final CaseMapper mapper;
    private final CorrelationFeed feed;

    public AssetService(AssetRepository assets, CaseAccess access, CaseMapper mapper, CorrelationFeed feed) {
        this.feed = feed;
        this.assets = assets;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(ASSET)
    public Uni<AssetView> record(Caller caller, UUID caseId, AssetCreate request) {
        if (request.type() == AssetType.CASH && request.estimatedValue() == null) {
            throw ProblemException.badRequest("estimatedValue", "give the amount of cash seized");
        }
        if (request.estimatedValue() != null && request.currency() == null) {
            throw ProblemException.badRequest("currency", "a value needs its ISO 4217 currency");
        }
        String agency = Objects.requireNonNullElse(request.seizingAgency(), caller.agency());
        return access.writable(caller, caseId).flatMap(c -> {
            access.requireAttributable(caller, c, List.of(agency), "seizingAgency");
            return access.optionalSubjectOf(c, request.subjectId()).flatMap(linked -> {
                SeizedAsset a = mapper.toEntity(request);
                a.created(caller);
                a.caseId = c.id;
                a.seizingAgency = agency;
                return assets.persist(a).call(saved -> access.changed(caller, c, "ASSET_RECORDED",
                        a.count + " × " + a.type + " seized by " + agency, ASSET, a.id))
                        .call(saved -> feed.asset(c, a));
            });
        }).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<AssetView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, assets, ASSET, a -> a.id, page, size).map(found -> found.map(mapper::toView));
    }

    @WithSession
    @Override
    public Uni<AssetView> get(Caller caller, UUID caseId, UUID id) {
        return access.readOne(caller, caseId, id, assets, ASSET).map(mapper::toView);
    }
}
