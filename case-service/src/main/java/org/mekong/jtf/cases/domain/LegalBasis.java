package org.mekong.jtf.cases.domain;

/** What an extradition or fugitive transfer rests on. */
public enum LegalBasis {
    BILATERAL_AGREEMENT, MULTILATERAL_CONVENTION, RECIPROCITY, OTHER
}
