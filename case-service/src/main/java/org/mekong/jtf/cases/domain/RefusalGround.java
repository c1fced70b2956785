package org.mekong.jtf.cases.domain;

/** Why a requested state refused to extradite. */
public enum RefusalGround {
    POLITICAL_OFFENCE, NATIONALITY_OF_THE_PERSON, DEATH_PENALTY_ASSURANCE_MISSING, INSUFFICIENT_EVIDENCE, OTHER
}
