package org.mekong.jtf.intel;

import org.mekong.jtf.intel.service.HotlineClock;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The hotline's clock, moved by the test: deadlines pass without waiting for them. */
class MovableClock extends HotlineClock {

    private Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Override
    public Instant now() {
        return now;
    }

    void advance(Duration by) {
        now = now.plus(by);
    }
}
