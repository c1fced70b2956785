package org.mekong.jtf.common.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The key a person's name is compared by, wherever it is: case folded, Latin letters without their
 * diacritics (Nguyễn Văn Hùng and NGUYEN VAN HUNG give the same key, Đặng and Dang too), punctuation
 * dropped and the words sorted, so that word order does not matter. Marks on other scripts are kept:
 * a Thai or Lao vowel sign is part of the letter, not an accent. Romanising Thai, Lao, Burmese or
 * Chinese script is not done here: such names match only as written.
 */
public final class NameKeys {

    private static final Pattern LATIN_MARKS = Pattern.compile("(\\p{IsLatin})\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{M}\\p{N}]+");

    private NameKeys() {
    }

    /**
     * The text with the diacritics of its Latin letters removed (Nguyễn → Nguyen, Đặng → Dang) and
     * nothing else changed: a Thai or Lao vowel sign is part of its letter. In NFC.
     */
    public static String unaccented(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        // Vietnamese đ is a letter of its own in Unicode (no decomposition to d + mark)
        String stripped = LATIN_MARKS.matcher(decomposed).replaceAll("$1").replace('đ', 'd').replace('Đ', 'D');
        return Normalizer.normalize(stripped, Normalizer.Form.NFC);
    }

    public static String fold(String name) {
        if (name == null) {
            return "";
        }
        String folded = unaccented(name).toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(folded)).filter(w -> !w.isEmpty()).sorted().collect(Collectors.joining(" "));
    }
}
