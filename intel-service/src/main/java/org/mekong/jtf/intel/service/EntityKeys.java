package org.mekong.jtf.intel.service;

import org.mekong.jtf.common.problem.ProblemException;
import org.mekong.jtf.common.text.NameKeys;
import org.mekong.jtf.common.text.PersonNames;
import org.mekong.jtf.common.validation.PhoneNumbers;
import org.mekong.jtf.intel.domain.EntityType;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key an entity is matched by: the same phone, plate or document written differently gives the
 * same key. Phones go to E.164 with libphonenumber, the reporting country as the default region
 * ({@code 0912 345 678} reported by Vietnam is {@code +84912345678}); a plate is upper case without
 * spaces, dashes or dots, and needs its country (the same plate exists in several); VINs, vessel
 * registrations, document and account numbers keep letters (of any script) and digits only; a tablet
 * logo, a packaging mark, a colour, a vessel's, an organisation's or a place's name is case- and
 * accent-folded with its words in order; a person's name is read in Latin whatever its script, and
 * its words sorted (see PersonNames). Each key starts with its type, so keys of different types never
 * meet.
 */
public final class EntityKeys {

    // letters of any script: a Thai plate's letters are part of it (1กข 1234)
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private EntityKeys() {
    }

    /**
     * @param country the entity's country, if the report gives one (a plate's, a phone's region)
     * @param reportingCountry the originating agency's country: a phone's default region
     * @param field where a bad value is reported, e.g. {@code entities[2].value}
     */
    public static String of(EntityType type, String value, String country, String reportingCountry, String field) {
        String v = value.strip();
        String key = switch (type) {
            case PHONE -> PhoneNumbers.e164(v, country != null ? country : reportingCountry, field);
            case VEHICLE_PLATE -> {
                if (country == null) {
                    throw ProblemException.badRequest(field.replace(".value", ".country"), "a plate needs the country that issued it");
                }
                yield country + ":" + alphanumeric(v);
            }
            case VIN, VESSEL_REGISTRATION, IDENTITY_DOCUMENT, BANK_ACCOUNT -> alphanumeric(v);
            case PERSON -> PersonNames.of(v).key();
            case TABLET_LOGO, PACKAGING_MARK, TABLET_COLOUR, VESSEL_NAME, ORGANISATION, PLACE -> folded(v);
        };
        if (key.isEmpty() || key.endsWith(":")) {
            throw ProblemException.badRequest(field, "holds no letters or digits to match by");
        }
        return type + "|" + key;
    }

    /** A person's block: what every spelling of the name shares (its members are then scored); null for anything else. */
    public static String block(EntityType type, String value) {
        return type == EntityType.PERSON ? type + "~" + PersonNames.of(value.strip()).block() : null;
    }

    private static String folded(String value) {
        return NOT_A_WORD.matcher(NameKeys.unaccented(value)).replaceAll(" ").strip().toUpperCase(Locale.ROOT);
    }

    private static String alphanumeric(String value) {
        return NOT_ALPHANUMERIC.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The matched value as a user reads it: the key without its type. */
    public static String shown(String key) {
        return key.substring(key.indexOf('|') + 1);
    }
}
