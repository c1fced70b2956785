package org.mekong.jtf.intel.domain;

/**
 * The kinds of entity a report names that correlation compares, once normalised (see EntityKeys).
 * Identifiers and drug signatures match exactly and are hits: phones, plates, VINs, vessel
 * registrations, documents, accounts, tablet logos, packaging marks. A PERSON matches by name in any
 * script and spelling, a VESSEL_NAME or an ORGANISATION by its folded name: each a hit only with a
 * second agreeing attribute (a person's year of birth or nationality, a vessel's flag, an
 * organisation's country), alone only possible. A PLACE or a TABLET_COLOUR describes too many things
 * to be more than possible.
 */
public enum EntityType {
    PHONE, VEHICLE_PLATE, VIN, VESSEL_REGISTRATION, IDENTITY_DOCUMENT, BANK_ACCOUNT, TABLET_LOGO, PERSON,
    VESSEL_NAME, ORGANISATION, PLACE, TABLET_COLOUR, PACKAGING_MARK;

    /** Matched by exact key and a hit on that alone. */
    public boolean identifying() {
        return switch (this) {
            case PHONE, VEHICLE_PLATE, VIN, VESSEL_REGISTRATION, IDENTITY_DOCUMENT, BANK_ACCOUNT, TABLET_LOGO, PACKAGING_MARK -> true;
            default -> false;
        };
    }

    /** A hit when its country agrees too (a person's nationality, a vessel's flag, an organisation's country). */
    public boolean hitWithSecondAttribute() {
        return this == PERSON || this == VESSEL_NAME || this == ORGANISATION;
    }
}
