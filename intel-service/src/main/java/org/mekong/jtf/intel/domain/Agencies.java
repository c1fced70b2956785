package org.mekong.jtf.intel.domain;

/**
 * Agency codes carry their country first (VN-C04, TH-ONCB): the token's agency claim is refused
 * unless it starts with the token's country, and the same holds for every agency a report names.
 */
public final class Agencies {

    public static final String CODE = "[A-Z]{2}-[A-Z0-9]{2,16}";

    private Agencies() {
    }

    public static String countryOf(String agencyCode) {
        return agencyCode.substring(0, 2);
    }
}
