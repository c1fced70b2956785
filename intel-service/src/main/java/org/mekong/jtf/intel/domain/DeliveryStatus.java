package org.mekong.jtf.intel.domain;

public enum DeliveryStatus {
    PENDING, DELIVERED, PARKED
}
