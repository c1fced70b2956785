package org.mekong.jtf.cases.service;

import org.mekong.jtf.cases.domain.QuantityUnit;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The kg-equivalent of a seizure, following UNODC reporting practice: weights convert exactly,
 * one litre counts as one kilogram, and a tablet weighs 100 mg unless the seizure gives the weight
 * found in the laboratory. Plants have no weight equivalent and are reported in their own unit.
 */
public final class SeizureNormaliser {

    public static final BigDecimal DEFAULT_TABLET_WEIGHT_MG = new BigDecimal("100");
    /** Nothing seized in one event comes near a thousand tonnes; more is a typing error. */
    public static final BigDecimal MAX_KG = new BigDecimal("1000000");
    public static final BigDecimal MAX_PLANTS = new BigDecimal("100000000");

    private SeizureNormaliser() {
    }

    public static BigDecimal kgEquivalent(BigDecimal quantity, QuantityUnit unit, BigDecimal tabletWeightMg) {
        return switch (unit) {
            case G -> quantity.divide(BigDecimal.valueOf(1000), 6, RoundingMode.HALF_UP);
            case KG, LITRES -> quantity.setScale(6, RoundingMode.HALF_UP);
            case T -> quantity.multiply(BigDecimal.valueOf(1000)).setScale(6, RoundingMode.HALF_UP);
            case TABLETS -> quantity.multiply(tabletWeightMg == null ? DEFAULT_TABLET_WEIGHT_MG : tabletWeightMg)
                    .divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_UP);
            case PLANTS -> null;
        };
    }
}
