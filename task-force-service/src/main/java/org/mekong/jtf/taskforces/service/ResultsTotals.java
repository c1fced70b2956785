package org.mekong.jtf.taskforces.service;

import org.mekong.jtf.taskforces.domain.ResultKind;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ProvinceTotal;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.ResultsReport;
import org.mekong.jtf.taskforces.rest.dto.OperationDtos.SeizureTotal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Sums of results in their own units: arrests counted, seizures by substance and unit, hectares. */
final class ResultsTotals {

    private ResultsTotals() {
    }

    /** @param rows [province, kind, substance, unit, count, quantity, hectares identified, hectares destroyed] */
    static ResultsReport report(UUID operationId, LocalDate from, LocalDate to, List<Object[]> rows) {
        Map<String, List<Object[]>> byProvince = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byProvince.computeIfAbsent(Objects.toString(row[0], ""), k -> new ArrayList<>()).add(row);
        }
        List<ProvinceTotal> provinces = byProvince.entrySet().stream()
                .map(e -> total(e.getKey().isEmpty() ? null : e.getKey(), e.getValue())).toList();
        ProvinceTotal all = total(null, rows);
        return new ResultsReport(operationId, from, to, all.arrests(), all.seizures(), all.hectaresIdentified(), all.hectaresDestroyed(),
                provinces);
    }

    private static ProvinceTotal total(String province, List<Object[]> rows) {
        long arrests = 0;
        Map<String, SeizureTotal> seizures = new LinkedHashMap<>();
        BigDecimal identified = BigDecimal.ZERO;
        BigDecimal destroyed = BigDecimal.ZERO;
        for (Object[] row : rows) {
            ResultKind kind = (ResultKind) row[1];
            long count = ((Number) row[4]).longValue();
            switch (kind) {
                case ARREST -> arrests += count;
                case SEIZURE -> seizures.merge(row[2] + "/" + row[3],
                        new SeizureTotal((String) row[2], (String) row[3], count, (BigDecimal) row[5]),
                        (a, b) -> new SeizureTotal(a.substance(), a.unit(), a.seizures() + b.seizures(), a.quantity().add(b.quantity())));
                case POPPY_ERADICATION -> {
                    identified = identified.add((BigDecimal) row[6]);
                    destroyed = destroyed.add((BigDecimal) row[7]);
                }
            }
        }
        List<SeizureTotal> sorted = seizures.values().stream()
                .sorted(java.util.Comparator.comparing(SeizureTotal::substance).thenComparing(SeizureTotal::unit)).toList();
        return new ProvinceTotal(province, arrests, sorted, identified, destroyed);
    }
}
