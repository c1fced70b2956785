package org.mekong.jtf.cases;

import org.junit.jupiter.api.Test;
import org.mekong.jtf.cases.domain.QuantityUnit;
import org.mekong.jtf.cases.service.SeizureNormaliser;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SeizureNormaliserTest {

    private static BigDecimal kg(String quantity, QuantityUnit unit, String tabletMg) {
        return SeizureNormaliser.kgEquivalent(new BigDecimal(quantity), unit, tabletMg == null ? null : new BigDecimal(tabletMg));
    }

    @Test
    void followsTheDocumentedRule() {
        assertEquals(0, kg("381000", QuantityUnit.G, null).compareTo(new BigDecimal("381")));
        assertEquals(0, kg("2.5", QuantityUnit.T, null).compareTo(new BigDecimal("2500")));
        assertEquals(0, kg("40", QuantityUnit.LITRES, null).compareTo(new BigDecimal("40")));
        // 81 million tablets at the default 100 mg are 8.1 tonnes
        assertEquals(0, kg("81000000", QuantityUnit.TABLETS, null).compareTo(new BigDecimal("8100")));
        assertEquals(0, kg("1000", QuantityUnit.TABLETS, "90").compareTo(new BigDecimal("0.09")));
        assertNull(kg("500", QuantityUnit.PLANTS, null));
    }
}
