package org.mekong.jtf.cases.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * The controlled list. Precursors are named individually because they are reported separately
 * (by the tonne); OTHER needs a name.
 */
public enum Substance {
    HEROIN, METHAMPHETAMINE_TABLETS, CRYSTAL_METHAMPHETAMINE, OPIUM, CANNABIS, KETAMINE, MDMA, COCAINE, KRATOM,
    PRECURSOR_EPHEDRINE, PRECURSOR_PSEUDOEPHEDRINE, PRECURSOR_P2P, PRECURSOR_PMK, PRECURSOR_ACETIC_ANHYDRIDE,
    PRECURSOR_SAFROLE, PRECURSOR_SODIUM_CYANIDE, PRECURSOR_BENZYL_CYANIDE, PRECURSOR_OTHER,
    OTHER;

    private static final Set<Substance> COUNTED_IN_TABLETS = EnumSet.of(METHAMPHETAMINE_TABLETS, MDMA, OTHER);
    private static final Set<Substance> GROWN_AS_PLANTS = EnumSet.of(CANNABIS, OPIUM, KRATOM, OTHER);

    public boolean needsName() {
        return this == OTHER || this == PRECURSOR_OTHER;
    }

    public boolean accepts(QuantityUnit unit) {
        return switch (unit) {
            case TABLETS -> COUNTED_IN_TABLETS.contains(this);
            case PLANTS -> GROWN_AS_PLANTS.contains(this);
            default -> true;
        };
    }
}
