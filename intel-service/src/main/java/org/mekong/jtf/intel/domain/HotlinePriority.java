package org.mekong.jtf.intel.domain;

/** How fast the receiving agency must acknowledge (defaults 15 min, 2 h, 24 h; configurable) and answer. */
public enum HotlinePriority {
    FLASH, IMMEDIATE, ROUTINE
}
