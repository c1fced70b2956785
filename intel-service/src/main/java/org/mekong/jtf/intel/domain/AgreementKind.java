package org.mekong.jtf.intel.domain;

public enum AgreementKind {
    BILATERAL, MULTILATERAL
}
