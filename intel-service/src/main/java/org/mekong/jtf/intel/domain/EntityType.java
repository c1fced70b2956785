package org.mekong.jtf.intel.domain;

/**
 * The kinds of entity a report names that correlation compares exactly, once normalised (see
 * EntityKeys). Persons, organisations and places are matched by likeness, not by key: not yet here.
 */
public enum EntityType {
    PHONE, VEHICLE_PLATE, VIN, VESSEL_REGISTRATION, IDENTITY_DOCUMENT, BANK_ACCOUNT, TABLET_LOGO
}
