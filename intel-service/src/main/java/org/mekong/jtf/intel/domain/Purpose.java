package org.mekong.jtf.intel.domain;

/** What shared intelligence may be used for; each agreement permits some of these. */
public enum Purpose {
    INVESTIGATION,
    PROSECUTION,
    INTELLIGENCE_ANALYSIS,
    EXTRADITION,
    ASSET_RECOVERY
}
