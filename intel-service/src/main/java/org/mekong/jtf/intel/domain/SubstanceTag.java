package org.mekong.jtf.intel.domain;

/** Substances a report is about, as the region's reporting names them. */
public enum SubstanceTag {
    HEROIN, OPIUM, MORPHINE, METHAMPHETAMINE_TABLETS, CRYSTAL_METHAMPHETAMINE, KETAMINE, MDMA, COCAINE, CANNABIS,
    NEW_PSYCHOACTIVE_SUBSTANCE, PRECURSOR_CHEMICALS, OTHER
}
