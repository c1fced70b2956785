package org.mekong.jtf.cases.service;

import org.mekong.jtf.cases.domain.Extradition;
import org.mekong.jtf.cases.domain.ExtraditionStatus;
import org.mekong.jtf.cases.domain.TransferKind;
import org.mekong.jtf.cases.rest.dto.RecordDtos.ClockView;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The deadlines of a request, computed from its recorded dates (entered after the fact like every
 * record here, so a clock may already be met or overdue when it is first shown): the formal request
 * within so many days of a provisional arrest, the surrender within so many days of approval. A
 * deadline's day is the last day allowed; it is overdue from the day after.
 */
public final class ExtraditionClocks {

    public static final String FORMAL_REQUEST = "FORMAL_REQUEST_AFTER_PROVISIONAL_ARREST";
    public static final String SURRENDER = "SURRENDER_AFTER_APPROVAL";

    private ExtraditionClocks() {
    }

    public static List<ClockView> of(Extradition e) {
        return of(e, LocalDate.now(ZoneOffset.UTC));
    }

    static List<ClockView> of(Extradition e, LocalDate today) {
        List<ClockView> clocks = new ArrayList<>();
        if (e.kind != TransferKind.EXTRADITION) {
            return clocks; // a deportation or border handover follows no treaty deadlines
        }
        if (e.provisionalArrestOn != null) {
            // met by the formal request, or by a decision taken without one being recorded
            LocalDate met = e.formalRequestOn != null ? e.formalRequestOn
                    : e.status == ExtraditionStatus.PROVISIONAL_ARREST ? null : e.decidedOn;
            clocks.add(clock(FORMAL_REQUEST, e.provisionalArrestOn, e.formalRequestDaysOrDefault(), met, e.formalRequestOverdueAt, today));
        }
        if (e.decidedOn != null && (e.status == ExtraditionStatus.APPROVED || e.status == ExtraditionStatus.SURRENDERED)) {
            clocks.add(clock(SURRENDER, e.decidedOn, e.surrenderDaysOrDefault(), e.surrenderedOn, e.surrenderOverdueAt, today));
        }
        return clocks;
    }

    public static boolean overdue(Extradition e) {
        return of(e).stream().anyMatch(c -> c.state().equals("OVERDUE"));
    }

    private static ClockView clock(String step, LocalDate startedOn, int days, LocalDate metOn, Instant raisedAt, LocalDate today) {
        LocalDate due = startedOn.plusDays(days);
        if (metOn != null) {
            return new ClockView(step, startedOn, days, due, "MET", null, metOn, raisedAt);
        }
        long left = ChronoUnit.DAYS.between(today, due);
        return new ClockView(step, startedOn, days, due, left < 0 ? "OVERDUE" : "RUNNING", left, null, raisedAt);
    }
}
