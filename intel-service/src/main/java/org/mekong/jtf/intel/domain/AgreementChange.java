package org.mekong.jtf.intel.domain;

public enum AgreementChange {
    /** A new agreement. */
    CREATE,
    /** New dates, purposes, handling, parties or title. */
    AMEND,
    /** Ends the agreement at once: every share resting on it lapses. */
    WITHDRAW
}
