package org.mekong.jtf.intel.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

/** Agreements are in force by calendar day; the suite's day is the UTC one. */
final class Today {

    private Today() {
    }

    static LocalDate utc() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
