package org.mekong.jtf.intel.domain;

/** How a share came about. */
public enum ShareVia {
    /** The originating agency shared it. */
    ORIGINATOR,
    /** A recipient passed it on, under the agreement rules. */
    PASS_ON,
    /** A recipient asked to pass it on and the originator consented (H2, or H1 for court). */
    CONSENT
}
