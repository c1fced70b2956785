package org.mekong.jtf.cases.service;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.RunsToCompletion;
import org.mekong.jtf.cases.domain.AssetType;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.domain.Substance;
import org.mekong.jtf.cases.domain.RefusalGround;
import org.mekong.jtf.cases.domain.TransferKind;
import org.mekong.jtf.cases.repository.AgencyRepository;
import org.mekong.jtf.cases.repository.FugitiveStatisticsRepository;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.FugitiveStatisticsView;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.RefusalCount;
import org.mekong.jtf.cases.rest.dto.FugitiveDtos.TransferCount;
import org.mekong.jtf.cases.repository.StatisticsRepository;
import org.mekong.jtf.cases.repository.StatisticsRepository.Period;
import org.mekong.jtf.cases.rest.dto.StatisticsView;
import org.mekong.jtf.cases.rest.dto.StatisticsView.AssetTotal;
import org.mekong.jtf.cases.rest.dto.StatisticsView.SubstanceTotal;
import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.security.Caller;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Government-style figures for a country (all its agencies) or one agency over a period. Counted by
 * the dates things happened, over the cases the caller's agency takes part in.
 */
@ApplicationScoped
@RunsToCompletion
public class StatisticsService {

    private final StatisticsRepository statistics;
    private final FugitiveStatisticsRepository fugitives;
    private final AgencyRepository agencies;

    public StatisticsService(StatisticsRepository statistics, FugitiveStatisticsRepository fugitives, AgencyRepository agencies) {
        this.statistics = statistics;
        this.fugitives = fugitives;
        this.agencies = agencies;
    }

    /** Wanted persons, located, arrested abroad, handed over and refused, for one country over a period. */
    @WithSession
    public Uni<FugitiveStatisticsView> fugitives(Caller caller, String country, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("from", "must not be after 'to'");
        }
        Period period = new Period(from, to);
        String reader = caller.agency();
        return fugitives.wanted(reader, country, period).flatMap(wanted ->
                fugitives.located(reader, country, period).flatMap(located ->
                        fugitives.arrestedAbroad(reader, country, period).flatMap(abroad ->
                                fugitives.transfers(reader, country, period).flatMap(transfers ->
                                        fugitives.refusals(reader, country, period).flatMap(refusals ->
                                                fugitives.medianDaysToHandover(reader, country, period).map(medians -> {
                                                    Map<String, Double> median = new TreeMap<>();
                                                    medians.forEach(row -> median.put((String) row[0], ((Number) row[1]).doubleValue()));
                                                    return new FugitiveStatisticsView(country, from, to, wanted, located, abroad,
                                                            transfers.stream().map(row -> new TransferCount((String) row[0], (String) row[1],
                                                                    TransferKind.valueOf((String) row[2]), ((Number) row[3]).longValue())).toList(),
                                                            refusals.stream().map(row -> new RefusalCount((String) row[0], (String) row[1],
                                                                    RefusalGround.valueOf((String) row[2]), ((Number) row[3]).longValue())).toList(),
                                                            median.get("IN"), median.get("OUT"));
                                                }))))));
    }

    @WithSession
    public Uni<StatisticsView> report(Caller caller, String country, String agency, LocalDate from, LocalDate to) {
        if ((country == null) == (agency == null)) {
            throw ProblemException.badRequest("country", "give either a country or an agency");
        }
        if (from.isAfter(to)) {
            throw ProblemException.badRequest("from", "must not be after 'to'");
        }
        Period period = new Period(from, to);
        Uni<List<String>> scope = country != null
                ? agencies.listByCountry(country).map(found -> found.stream().map(a -> a.code).toList())
                : agencies.findById(agency).map(found -> {
                    if (found == null) {
                        throw ProblemException.badRequest("agency", "unknown agency " + agency);
                    }
                    return List.of(found.code);
                });
        return scope.flatMap(codes -> codes.isEmpty()
                ? Uni.createFrom().item(new StatisticsView(country, agency, from, to, 0, 0, 0, List.of(), List.of()))
                : figures(caller.agency(), codes, period, country, agency));
    }

    private Uni<StatisticsView> figures(String reader, List<String> scope, Period period, String country, String agency) {
        return statistics.casesOpened(reader, scope, period).flatMap(cases ->
                statistics.arrests(reader, scope, period).flatMap(arrests ->
                        statistics.seizures(reader, scope, period).flatMap(seizures ->
                                statistics.assets(reader, scope, period).map(assets -> new StatisticsView(
                                        country, agency, period.from(), period.to(), cases,
                                        (Long) arrests[0], (Long) arrests[1], substanceTotals(seizures), assetTotals(assets))))));
    }

    private static List<SubstanceTotal> substanceTotals(List<Object[]> rows) {
        Map<Substance, long[]> counts = new LinkedHashMap<>();
        Map<Substance, Map<QuantityUnit, BigDecimal>> quantities = new LinkedHashMap<>();
        Map<Substance, BigDecimal> kg = new LinkedHashMap<>();
        for (Object[] row : rows) {
            Substance substance = (Substance) row[0];
            counts.computeIfAbsent(substance, s -> new long[1])[0] += (Long) row[2];
            quantities.computeIfAbsent(substance, s -> new EnumMap<>(QuantityUnit.class))
                    .merge((QuantityUnit) row[1], (BigDecimal) row[3], BigDecimal::add);
            if (row[4] != null) {
                kg.merge(substance, (BigDecimal) row[4], BigDecimal::add);
            }
        }
        List<SubstanceTotal> totals = new ArrayList<>();
        counts.forEach((substance, count) -> totals.add(new SubstanceTotal(substance, count[0], quantities.get(substance),
                kg.get(substance))));
        return totals;
    }

    private static List<AssetTotal> assetTotals(List<Object[]> rows) {
        Map<AssetType, long[]> counts = new LinkedHashMap<>();
        Map<AssetType, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (Object[] row : rows) {
            AssetType type = (AssetType) row[0];
            counts.computeIfAbsent(type, t -> new long[1])[0] += ((Number) row[2]).longValue();
            Map<String, BigDecimal> byCurrency = values.computeIfAbsent(type, t -> new TreeMap<>());
            if (row[1] != null && row[3] != null) {
                byCurrency.merge((String) row[1], (BigDecimal) row[3], BigDecimal::add);
            }
        }
        List<AssetTotal> totals = new ArrayList<>();
        counts.forEach((type, count) -> totals.add(new AssetTotal(type, count[0], values.get(type))));
        return totals;
    }
}
