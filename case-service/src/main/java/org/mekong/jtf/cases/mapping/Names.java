package org.mekong.jtf.cases.mapping;

import org.mekong.jtf.common.problem.ProblemException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.List;

/**
 * Names of people as stored: the same name typed on different keyboards (composed or decomposed
 * Vietnamese, Thai, Lao) compares equal in Unicode NFC. NFC can lengthen some text, so the stored
 * length is checked after it.
 */
public final class Names {

    public static final int MAX_LENGTH = 300;

    private Names() {
    }

    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        String normalised = Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (normalised.length() > MAX_LENGTH) {
            throw ProblemException.badRequest("fullName", "at most " + MAX_LENGTH + " characters in Unicode NFC");
        }
        return normalised;
    }

    /** A document or account number as compared: letters and digits only, upper case. */
    public static String numberKey(String number) {
        return number == null ? "" : NOT_ALPHANUMERIC.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }

    // the same expression as the index subject_document_number_idx (V7)
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");

    public static List<String> nfc(List<String> texts) {
        return texts == null ? null : new ArrayList<>(texts.stream().map(Names::nfc).toList());
    }
}
