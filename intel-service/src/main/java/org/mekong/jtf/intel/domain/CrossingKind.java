package org.mekong.jtf.intel.domain;

/** How a trafficking route crosses into the country of a waypoint. */
public enum CrossingKind {
    LAND_BORDER, RIVER, PORT, AIRPORT, POSTAL
}
