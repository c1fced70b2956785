package org.mekong.jtf.cases.mapping;

import org.mekong.jtf.common.problem.ProblemException;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
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

    /**
     * The key a name is searched by: case folded, Latin letters without their diacritics (Nguyễn
     * Văn Hùng and NGUYEN VAN HUNG give the same key), punctuation dropped and the words sorted, so
     * word order does not matter. Marks on other scripts are kept: a Thai or Lao vowel sign is part
     * of the letter, not an accent. Bringing other scripts to Latin is the correlation index's work.
     */
    public static String searchKey(String name) {
        if (name == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
        // Vietnamese đ is a letter of its own in Unicode (no decomposition to d + mark)
        String unaccented = LATIN_MARKS.matcher(decomposed).replaceAll("$1").replace('đ', 'd').replace('Đ', 'D');
        String folded = Normalizer.normalize(unaccented, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(folded)).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }

    /** A document or account number as compared: letters and digits only, upper case. */
    public static String numberKey(String number) {
        return number == null ? "" : NOT_ALPHANUMERIC.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static final Pattern LATIN_MARKS = Pattern.compile("(\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");
    // the same expression as the index subject_document_number_idx (V7)
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^0-9A-Za-z]");

    public static List<String> nfc(List<String> texts) {
        return texts == null ? null : new ArrayList<>(texts.stream().map(Names::nfc).toList());
    }
}
