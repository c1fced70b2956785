package org.mekong.jtf.intel.domain;

public enum ConsentStatus {
    PENDING, APPROVED, REFUSED
}
