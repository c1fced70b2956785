package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.mapping.CaseMapper;
import org.mekong.jtf.cases.repository.AgencyRepository;
import org.mekong.jtf.cases.rest.dto.CaseDtos.AgencyView;
import org.mekong.jtf.common.problem.ProblemException;

import java.util.List;

/** Agencies are reference data: readable by every role, changed only by migrations. */
@ApplicationScoped
@RunsToCompletion
public class AgencyService {

    private final AgencyRepository agencies;
    private final CaseMapper mapper;

    public AgencyService(AgencyRepository agencies, CaseMapper mapper) {
        this.agencies = agencies;
        this.mapper = mapper;
    }

    @WithSession
    public Uni<List<AgencyView>> list(String country) {
        return agencies.listByCountry(country).map(found -> found.stream().map(mapper::toView).toList());
    }

    @WithSession
    public Uni<AgencyView> get(String code) {
        return agencies.findById(code)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("agency " + code))
                .map(mapper::toView);
    }
}
