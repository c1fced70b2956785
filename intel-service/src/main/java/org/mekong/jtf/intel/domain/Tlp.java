package org.mekong.jtf.intel.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Traffic Light Protocol 2.0 (FIRST): who a recipient may pass the report on to. */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    /** Only the recipient agency itself: no onward sharing at all. */
    @JsonProperty("AMBER+STRICT")
    AMBER_STRICT,
    /** Only the officers named on the report. */
    RED;

    /** The TLP 2.0 label without its "TLP:" prefix, as the API writes it. */
    public String label() {
        return this == AMBER_STRICT ? "AMBER+STRICT" : name();
    }

    /** Recipients may not pass RED or AMBER+STRICT material on to another agency. */
    public boolean forbidsOnwardSharing() {
        return this == RED || this == AMBER_STRICT;
    }

    /** Error messages list the labels a client can send. */
    @Override
    public String toString() {
        return label();
    }
}
