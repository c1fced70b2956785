package org.mekong.jtf.cases.domain;

/** Traffic Light Protocol handling code of a case (FIRST TLP 2.0). */
public enum Tlp {
    CLEAR, GREEN, AMBER, AMBER_STRICT, RED
}
