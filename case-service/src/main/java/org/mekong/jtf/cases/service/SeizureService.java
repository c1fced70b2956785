package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import org.mekong.jtf.common.idempotency.IdempotentCreate;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.domain.Seizure;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.SeizureRepository;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureCreate;
import org.mekong.jtf.cases.rest.dto.RecordDtos.SeizureView;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.paging.Page;
import org.mekong.jtf.common.security.Caller;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Drug and precursor seizures, stored in their native unit with a kg-equivalent. */
@ApplicationScoped
@RunsToCompletion
public class SeizureService implements CaseRecordReads<SeizureView> {

    static final String SEIZURE = "seizure";

    private final SeizureRepository seizures;
    private final CaseAccess access;
    private final CaseMapper mapper;
    private final CorrelationFeed feed;

    public SeizureService(SeizureRepository seizures, CaseAccess access, CaseMapper mapper, CorrelationFeed feed) {
        this.feed = feed;
        this.seizures = seizures;
        this.access = access;
        this.mapper = mapper;
    }

    @WithTransaction
    @IdempotentCreate(SEIZURE)
    public Uni<SeizureView> record(Caller caller, UUID caseId, SeizureCreate request) {
        BigDecimal kg = checkedKgEquivalent(request);
        Set<String> agencies = request.seizingAgencies() == null ? Set.of(caller.agency()) : request.seizingAgencies();
        Places.requireProvinceInCountry(request.province(), request.country());
        return access.writable(caller, caseId).flatMap(c -> {
            access.requireAttributable(caller, c, agencies, "seizingAgencies");
            return access.optionalSubjectOf(c, request.subjectId()).flatMap(linked -> {
                Seizure s = mapper.toEntity(request);
                s.created(caller);
                s.caseId = c.id;
                s.kgEquivalent = kg;
                s.seizingAgencies = new HashSet<>(agencies);
                return seizures.persist(s).call(saved -> access.changed(caller, c, "SEIZURE_RECORDED",
                        s.quantity.toPlainString() + " " + s.unit + " " + s.substance + " seized by "
                                + String.join(", ", mapper.sorted(s.seizingAgencies)), SEIZURE, s.id))
                        .call(saved -> feed.seizure(c, s));
            });
        }).map(mapper::toView);
    }

    @WithSession
    public Uni<Page<SeizureView>> list(Caller caller, UUID caseId, int page, int size) {
        return access.readAll(caller, caseId, seizures, SEIZURE, s -> s.id, page, size).map(found -> found.map(mapper::toView));
    }

    @WithSession
    @Override
    public Uni<SeizureView> get(Caller caller, UUID caseId, UUID id) {
        return access.readOne(caller, caseId, id, seizures, SEIZURE).map(mapper::toView);
    }

    private static BigDecimal checkedKgEquivalent(SeizureCreate request) {
        if (request.substance().needsName() && (request.substanceName() == null || request.substanceName().isBlank())) {
            throw ProblemException.badRequest("substanceName", "name the substance when it is " + request.substance());
        }
        if (!request.substance().accepts(request.unit())) {
            throw ProblemException.badRequest("unit", request.substance() + " is not counted in " + request.unit());
        }
        if (request.tabletWeightMg() != null && request.unit() != QuantityUnit.TABLETS) {
            throw ProblemException.badRequest("tabletWeightMg", "only applies to seizures counted in TABLETS");
        }
        if (request.unit() == QuantityUnit.PLANTS) {
            if (request.quantity().compareTo(SeizureNormaliser.MAX_PLANTS) > 0) {
                throw ProblemException.badRequest("quantity", "more than " + SeizureNormaliser.MAX_PLANTS.toPlainString() + " plants in one seizure is not plausible");
            }
            if (request.quantity().stripTrailingZeros().scale() > 0) {
                throw ProblemException.badRequest("quantity", "plants are counted in whole numbers");
            }
            return null;
        }
        if (request.unit() == QuantityUnit.TABLETS && request.quantity().stripTrailingZeros().scale() > 0) {
            throw ProblemException.badRequest("quantity", "tablets are counted in whole numbers");
        }
        BigDecimal kg = SeizureNormaliser.kgEquivalent(request.quantity(), request.unit(), request.tabletWeightMg());
        if (kg.compareTo(SeizureNormaliser.MAX_KG) > 0) {
            throw ProblemException.badRequest("quantity", "more than 1,000 tonnes in one seizure is not plausible");
        }
        return kg;
    }
}
