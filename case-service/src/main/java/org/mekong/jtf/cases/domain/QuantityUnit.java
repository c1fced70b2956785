package org.mekong.jtf.cases.domain;

/** Units seizures are reported in. */
public enum QuantityUnit {
    G, KG, T, TABLETS, LITRES, PLANTS
}
