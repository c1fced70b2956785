package org.mekong.jtf.intel.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One stop of a trafficking route, in order. */
@Embeddable
public class Waypoint {

    public String country;

    public String place;

    @Enumerated(EnumType.STRING)
    public CrossingKind crossing;
}
