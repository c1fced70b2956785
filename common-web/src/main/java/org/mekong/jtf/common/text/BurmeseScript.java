package org.mekong.jtf.common.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Burmese names brought to Latin syllable by syllable, as passports and police files write them
 * (အောင်ဆန်းစုကြည် → aung san su kyi, မင်းအောင်လှိုင် → min aung hlaing, ကျော်ဇော် → kyaw zaw), one word per
 * syllable as Burmese names are written in Latin. ICU's Myanmar-Latin is a transliteration that
 * runs the syllables together (aaungsaannhcukyi), which no file spells.
 *
 * <p>A syllable is an initial consonant (or vowel letter), its medials (ျ ြ ya, ွ wa, ှ ha), its vowel
 * signs, and a final consonant under the killer (်); its tone marks are not written in Latin, except
 * that a creaky nasal ending takes a t (မြင့် myint, သန့် thant), as the files do.
 */
final class BurmeseScript {

    private static final char ASAT = '\u103A';
    private static final char VIRAMA = '\u1039';
    private static final char MEDIAL_YA = '\u103B';
    private static final char MEDIAL_RA = '\u103C';
    private static final char MEDIAL_WA = '\u103D';
    private static final char MEDIAL_HA = '\u103E';
    private static final char DOT_BELOW = '\u1037';
    private static final char AA = '\u102C';
    private static final char TALL_AA = '\u102B';
    private static final char I = '\u102D';
    private static final char II = '\u102E';
    private static final char U = '\u102F';
    private static final char UU = '\u1030';
    private static final char E = '\u1031';
    private static final char AI = '\u1032';
    private static final char ANUSVARA = '\u1036';

    private static final Map<Character, String> INITIAL = new HashMap<>();
    private static final Map<Character, String> INDEPENDENT_VOWEL = Map.of(
            '\u1023', "i", '\u1024', "i", '\u1025', "u", '\u1026', "u", '\u1027', "e", '\u1029', "aw", '\u102A', "aw");

    static {
        String[][] letters = {
                {"က", "k"}, {"ခ", "kh"}, {"ဂ", "g"}, {"ဃ", "g"}, {"င", "ng"}, {"စ", "s"}, {"ဆ", "s"}, {"ဇ", "z"}, {"ဈ", "z"},
                {"ည", "ny"}, {"ဉ", "ny"}, {"ဋ", "t"}, {"ဌ", "ht"}, {"ဍ", "d"}, {"ဎ", "d"}, {"ဏ", "n"}, {"တ", "t"}, {"ထ", "ht"}, {"ဒ", "d"},
                {"ဓ", "d"}, {"န", "n"}, {"ပ", "p"}, {"ဖ", "ph"}, {"ဗ", "b"}, {"ဘ", "b"}, {"မ", "m"}, {"ယ", "y"}, {"ရ", "y"},
                {"လ", "l"}, {"ဝ", "w"}, {"သ", "th"}, {"ဟ", "h"}, {"ဠ", "l"}, {"အ", ""}};
        for (String[] l : letters) {
            INITIAL.put(l[0].charAt(0), l[1]);
        }
    }

    private BurmeseScript() {
    }

    static boolean base(char c) {
        return INITIAL.containsKey(c) || INDEPENDENT_VOWEL.containsKey(c);
    }

    /** The word's syllables in Latin, separated by spaces. */
    static String toLatin(String word) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = word.length();
        while (i < n) {
            char c = word.charAt(i);
            if (!base(c)) {
                i++;
                continue;
            }
            int end = i + 1;
            // the syllable runs to the next base letter that opens one: not a final (killed or stacked) consonant
            while (end < n && !(base(word.charAt(end)) && opens(word, end))) {
                end++;
            }
            String latin = syllable(word.substring(i, end));
            if (!latin.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(latin);
            }
            i = end;
        }
        return out.toString();
    }

    private static boolean opens(String w, int at) {
        int next = at + 1;
        while (next < w.length() && (w.charAt(next) == DOT_BELOW || w.charAt(next) == '\u1038')) {
            next++;
        }
        // a consonant stacked under another (after the virama) opens the next syllable: သန္တာ is san ta
        return !(next < w.length() && (w.charAt(next) == ASAT || w.charAt(next) == VIRAMA));
    }

    private static String syllable(String syl) {
        char first = syl.charAt(0);
        if (INDEPENDENT_VOWEL.containsKey(first)) {
            return INDEPENDENT_VOWEL.get(first);
        }
        String initial = INITIAL.get(first);
        boolean ya = false, wa = false, ha = false, creaky = false;
        boolean aa = false, i = false, u = false, e = false, ai = false, anusvara = false;
        Character closing = null;
        for (int k = 1; k < syl.length(); k++) {
            char c = syl.charAt(k);
            switch (c) {
                case MEDIAL_YA, MEDIAL_RA -> ya = true;
                case MEDIAL_WA -> wa = true;
                case MEDIAL_HA -> ha = true;
                case AA, TALL_AA -> aa = true;
                case I, II -> i = true;
                case U, UU -> u = true;
                case E -> e = true;
                case AI -> ai = true;
                case ANUSVARA -> anusvara = true;
                case DOT_BELOW -> creaky = true;
                default -> {
                    if (INITIAL.containsKey(c) && closing == null) {
                        closing = c;
                    }
                }
            }
        }
        String onset = onset(first, initial, ya, ha, wa && !(closing != null && "နမတပ".indexOf(closing) >= 0));
        String rhyme = rhyme(closing, aa, i, u, e, ai, anusvara, wa, onset.isEmpty());
        if (creaky && rhyme.endsWith("n")) {
            rhyme = rhyme + "t";
        }
        return onset + rhyme;
    }

    private static String onset(char first, String initial, boolean ya, boolean ha, boolean wa) {
        String onset = initial;
        if (ya) {
            onset = switch (first) {
                case 'ခ' -> "ch";
                case 'င' -> "ny";
                default -> initial + "y";
            };
        }
        if (ha) {
            onset = first == 'ယ' || first == 'ရ' ? "sh" : "h" + onset;
        }
        return wa ? onset + "w" : onset;
    }

    private static String rhyme(Character closing, boolean aa, boolean i, boolean u, boolean e, boolean ai, boolean anusvara,
                                boolean wa, boolean noOnset) {
        boolean aw = e && aa;
        boolean o = i && u;
        if (closing == null) {
            if (aw) {
                return "aw";
            }
            if (o) {
                return "o";
            }
            if (anusvara) {
                return u ? "on" : i ? "ein" : "an";
            }
            if (e) {
                return wa ? "e" : noOnset ? "aye" : "ay";
            }
            if (ai) {
                return "e";
            }
            if (i) {
                return "i";
            }
            if (u) {
                return "u";
            }
            return "a";
        }
        return switch (closing) {
            case 'က' -> aw ? "auk" : o ? "aik" : "et";
            case 'င' -> aw ? "aung" : o ? "aing" : "in";
            case 'စ' -> "it";
            case 'ည' -> "i";
            case 'ဉ' -> "in";
            case 'တ', 'ပ' -> wa ? "ut" : i ? "eik" : u ? "ok" : "at";
            case 'န', 'မ', 'ဏ' -> wa ? "un" : i ? "ein" : u ? "on" : "an";
            case 'ယ' -> "e";
            default -> "a";
        };
    }
}
