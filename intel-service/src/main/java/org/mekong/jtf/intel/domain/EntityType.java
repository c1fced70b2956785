package org.mekong.jtf.intel.domain;

/**
 * The kinds of entity a report names that correlation compares, once normalised (see EntityKeys):
 * identifiers exactly; a PERSON by the folded key of the name, a hit only with a second agreeing
 * attribute (year of birth, nationality).
 */
public enum EntityType {
    PHONE, VEHICLE_PLATE, VIN, VESSEL_REGISTRATION, IDENTITY_DOCUMENT, BANK_ACCOUNT, TABLET_LOGO, PERSON
}
