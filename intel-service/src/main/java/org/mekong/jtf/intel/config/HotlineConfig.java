package org.mekong.jtf.intel.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import org.mekong.jtf.intel.domain.HotlinePriority;

import java.time.Duration;

/** Hotline deadlines, live feed and webhook deliveries ({@code mekong.hotline.*}). */
@ConfigMapping(prefix = "mekong.hotline")
public interface HotlineConfig {

    Deadlines acknowledge();

    Deadlines answer();

    /** A comment line this often keeps a quiet live feed open through proxies, and re-reads the event log. */
    @WithDefault("5s")
    Duration feedHeartbeat();

    Webhooks webhooks();

    Escalation escalation();

    interface Escalation {
        /** How often the deadline clock ticks (on every replica; each escalation is made by one). */
        @WithDefault("5s")
        Duration every();
    }

    /** Per priority; the acknowledgement defaults are 15 min, 2 h, 24 h. */
    interface Deadlines {
        Duration flash();

        Duration immediate();

        Duration routine();

        default Duration of(HotlinePriority priority) {
            return switch (priority) {
                case FLASH -> flash();
                case IMMEDIATE -> immediate();
                case ROUTINE -> routine();
            };
        }
    }

    interface Webhooks {
        /** How often due deliveries are attempted. */
        @WithDefault("2s")
        Duration every();

        /** The first retry waits this long, each next one twice as long. */
        @WithDefault("2s")
        Duration retryBase();

        /** After this many failed attempts a delivery is parked for an operator to replay. */
        @WithDefault("6")
        int maxAttempts();

        @WithDefault("5s")
        Duration timeout();

        /** A claimed delivery not settled within this (a replica died mid-call) is attempted again. */
        @WithDefault("30s")
        Duration lease();
    }
}
