package org.mekong.jtf.cases.domain;

/** Kinds of seized asset. */
public enum AssetType {
    CAR, MOTORCYCLE, BOAT, FIREARM, AMMUNITION, CASH, PROPERTY, BANK_ACCOUNT, OTHER
}
