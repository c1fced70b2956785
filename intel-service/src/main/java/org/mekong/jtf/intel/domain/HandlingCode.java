package org.mekong.jtf.intel.domain;

/**
 * How a report may be used once received, in rising order of restriction: H0 only for the stated
 * purpose; H1 not before a court without the originator's permission; H2 no onward sharing without
 * the originator's permission; H3 other restrictions, given as text. An agreement allows material up
 * to a handling code: more restricted material needs a stronger legal basis.
 */
public enum HandlingCode {
    H0, H1, H2, H3;

    public boolean exceeds(HandlingCode allowed) {
        return compareTo(allowed) > 0;
    }
}
