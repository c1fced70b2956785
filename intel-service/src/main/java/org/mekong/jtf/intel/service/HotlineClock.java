package org.mekong.jtf.intel.service;

import jakarta.enterprise.context.ApplicationScoped;
import org.mekong.jtf.common.persistence.TrackedRecord;

import java.time.Instant;

/** The hotline's idea of now: deadlines and escalations are computed from it (tests move it). */
@ApplicationScoped
public class HotlineClock {

    public Instant now() {
        return TrackedRecord.now();
    }
}
