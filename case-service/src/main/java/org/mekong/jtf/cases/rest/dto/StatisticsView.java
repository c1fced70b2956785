package org.mekong.jtf.cases.rest.dto;

import org.mekong.jtf.cases.domain.AssetType;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.domain.Substance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures a government reports for a country or an agency over a period, counted by the dates
 * things happened (not when they were recorded), over the cases visible to the caller's agency.
 */
public record StatisticsView(String country, String agency, LocalDate from, LocalDate to, long casesProcessed,
                             long personsArrested, long foreignersArrested, List<SubstanceTotal> seizures,
                             List<AssetTotal> assets) {

    /** quantities: native units as recorded; kgEquivalent: the sum of those that convert to a weight. */
    public record SubstanceTotal(Substance substance, long seizureCount, Map<QuantityUnit, BigDecimal> quantities,
                                 BigDecimal kgEquivalent) {
    }

    /** estimatedValue per ISO 4217 currency; values are never converted. */
    public record AssetTotal(AssetType type, long count, Map<String, BigDecimal> estimatedValue) {
    }
}
