package org.mekong.jtf.common.text;

import com.ibm.icu.text.Transliterator;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's name as the correlation compares it, whatever script it was written in.
 *
 * <ol>
 * <li><b>Latin</b>: Thai and Lao by this suite's readers ({@link TaiScripts}), Burmese syllable by
 * syllable ({@link BurmeseScript}), Chinese by ICU's {@code Han-Latin/Names} (surnames read as
 * surnames: 单 is shan), the surname apart and the given name in one word as pinyin names are
 * written (张小明 → zhang xiaoming); Latin names lose case and diacritics (Nguyễn → nguyen, Đặng →
 * dang). The written form is kept beside it.</li>
 * <li><b>Sound</b>: each word with the spellings that vary between passports and files for one
 * sound brought together — ch j zh tch → c, ph → p, th ht → t, kh → k, x sh → s, v → w, ee → i,
 * oo ou uu → u, ae → e, a final y → i, a final l → n, a final c → t (Pairoj, Pairot), rn → n, doubled letters once (Somchai and
 * Somchay, Jaidee and Chaidi, Phommachanh and Phommachan, Htun and Tun).</li>
 * <li><b>Similarity</b> of two names: one minus the edit distance over the longer length
 * (commons-text's Levenshtein), per word, words paired in the best order and weighted by their
 * length; or over the whole name run together when the two split it into words differently (Ouyang
 * Nana, Ou Yangnana). 1 is the same spelling after step 2.</li>
 * <li><b>Block</b>: the consonants of the sound form, sorted — what two spellings of one name share
 * whatever their word order, splitting and vowels. Names are compared only within their block, so
 * the work grows with the names that could match, not with all names held.</li>
 * </ol>
 *
 * <p>{@link #THRESHOLD} is where the labelled pairs in this module's tests
 * ({@code names/labelled-pairs.tsv}) put the best balance of precision and recall; a name match is
 * still only a possible one until a second attribute agrees (the correlation decides that).
 */
public final class PersonNames {

    /** The similarity from which two names count as the same name written two ways. */
    public static final double THRESHOLD = 0.83;

    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}\\p{M}]+");
    /** Names of more words are compared in the order written, not in every order. */
    private static final int MAX_WORDS = 6;
    // ICU transliterators are not to be shared between threads
    private static final ThreadLocal<Transliterator> HAN = ThreadLocal.withInitial(() -> Transliterator.getInstance("Han-Latin/Names"));

    private static final String[][] SAME_SOUND = {
            {"tch", "c"}, {"tsh", "c"}, {"zh", "c"}, {"ch", "c"}, {"j", "c"}, {"sh", "s"}, {"x", "s"}, {"ph", "p"}, {"hp", "p"},
            {"th", "t"}, {"ht", "t"}, {"kh", "k"}, {"gh", "g"}, {"hs", "s"}, {"v", "w"}, {"one", "on"}, {"rn", "n"}, {"rt", "t"},
            {"ee", "i"}, {"ii", "i"}, {"ou", "u"}, {"oo", "u"}, {"uu", "u"}, {"aa", "a"}, {"ae", "e"}, {"eu", "ue"}};
    private static final String[][] SAME_SOUND_AT_END = {{"ay", "ai"}, {"ey", "ei"}, {"oy", "oi"}, {"uy", "ui"}, {"oe", "o"}, {"l", "n"}, {"c", "t"}, {"y", "i"},
            {"ane", "an"}, {"ine", "in"}, {"une", "un"}};

    /**
     * @param written as given
     * @param latin in Latin, lower case, without diacritics, words in the written order
     * @param transliterated whether another script was brought to Latin
     * @param sound the words in their sound form (step 2)
     * @param marked the words as written, lower case, when the whole name is written with Vietnamese tone
     *               and vowel marks (empty otherwise)
     * @param block the sorted consonants of the sound form
     */
    public record Name(String written, String latin, boolean transliterated, List<String> sound, List<String> marked, String block) {

        /** The key of an exact match: the Latin words, sorted (word order does not matter). */
        public String key() {
            return NameKeys.fold(latin);
        }

        /**
         * The sound form's words, sorted: one key for the usual spellings of a name in any script
         * (สมชาย ใจดี, Somchai Jaidee, SOMCHAY JAIDI), for look-ups that match keys rather than score.
         */
        public String soundKey() {
            return sound.stream().sorted().collect(Collectors.joining(" "));
        }
    }

    private PersonNames() {
    }

    public static Name of(String written) {
        String text = Normalizer.normalize(written == null ? "" : written.strip(), Normalizer.Form.NFC);
        List<String> words = new ArrayList<>();
        List<String> marked = new ArrayList<>();
        boolean transliterated = false;
        boolean allLatin = true;
        for (String word : WORD_BREAK.split(text)) {
            if (word.isEmpty()) {
                continue;
            }
            StringBuilder latin = new StringBuilder();
            int start = 0;
            while (start < word.length()) {
                Character.UnicodeScript script = scriptOf(word, start);
                int end = start;
                while (end < word.length() && sameScript(scriptOf(word, end), script)) {
                    end += Character.charCount(word.codePointAt(end));
                }
                String run = word.substring(start, end);
                int before = latin.length();
                switch (script) {
                    case THAI -> latin.append(TaiScripts.thaiToLatin(run));
                    case LAO -> latin.append(TaiScripts.laoToLatin(run));
                    case MYANMAR -> latin.append(BurmeseScript.toLatin(run));
                    case HAN -> latin.append(han(run));
                    case LATIN -> latin.append(fold(run));
                    // a script without a reader here (Khmer, say) is compared as written: its vowel signs are letters
                    default -> latin.append(run.toLowerCase(Locale.ROOT));
                }
                if (latin.length() == before) {
                    // letters the readers do not know (Shan, Mon): compared as written rather than lost
                    latin.append(run.toLowerCase(Locale.ROOT));
                }
                boolean other = script == Character.UnicodeScript.THAI || script == Character.UnicodeScript.LAO
                        || script == Character.UnicodeScript.MYANMAR || script == Character.UnicodeScript.HAN;
                transliterated |= other;
                allLatin &= !other;
                start = end;
            }
            for (String w : latin.toString().split(" +")) {
                if (!sound(w).isEmpty()) {
                    words.add(w);
                    marked.add(word.toLowerCase(Locale.ROOT));
                }
            }
        }
        List<String> sound = words.stream().map(PersonNames::sound).toList();
        boolean vietnamese = allLatin && words.size() == marked.size()
                && marked.stream().anyMatch(w -> !fold(w).equals(w));
        return new Name(written, String.join(" ", words), transliterated, sound, vietnamese ? List.copyOf(marked) : List.of(),
                block(sound));
    }

    /**
     * How alike two names are, 0 to 1 (see the class comment): the words paired in the best order, each
     * pair scored by its edit distance, the name by its weakest pair — one word that is another word
     * makes it another name, however alike the rest; or, when the two split the name into words
     * differently, the whole name run together, each edit counting double (as many words split
     * elsewhere must run together to the very same letters). Where both are written with
     * Vietnamese marks, a word whose marks differ is another word (Thành is not Thanh).
     */
    public static double similarity(Name a, Name b) {
        // either way round: the rotations below turn one side only
        return Math.max(oneWay(a, b), oneWay(b, a));
    }

    private static double oneWay(Name a, Name b) {
        List<String> x = a.sound();
        List<String> y = b.sound();
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        boolean marksCount = !a.marked().isEmpty() && !b.marked().isEmpty();
        double best = 0;
        if (x.size() == y.size() && x.size() <= MAX_WORDS) {
            best = bestPairing(a, b, marksCount);
        }
        if (best >= THRESHOLD || marksCount && x.size() == y.size()) {
            return best;
        }
        // run together, in each rotation of one side: word order and splitting both ignored (a name of more
        // words than anyone carries is compared as written only: the work stays bounded whatever is sent)
        String joinedY = String.join("", y);
        int rotations = x.size() <= MAX_WORDS ? x.size() : 1;
        for (int r = 0; r < rotations && best < 1; r++) {
            List<String> rotated = new ArrayList<>(x.subList(r, x.size()));
            rotated.addAll(x.subList(0, r));
            String joinedX = String.join("", rotated);
            if (x.size() == y.size()) {
                // as many words split elsewhere (Ou Yangnana, Ouyang Nana): only the very same letters
                best = Math.max(best, joinedX.equals(joinedY) ? 1 : 0);
                continue;
            }
            int longer = Math.max(joinedX.length(), joinedY.length());
            // each edit counts double: more than (1 - THRESHOLD) / 2 of the length cannot reach the threshold
            int edits = boundedEdits(joinedX, joinedY, (int) Math.floor((1 - THRESHOLD) / 2 * longer));
            if (edits >= 0) {
                best = Math.max(best, 1 - 2.0 * edits / longer);
            }
        }
        return Math.max(best, 0);
    }

    /** The similarity of two names that could be one (they share a block), else 0. */
    public static double matchScore(Name a, Name b) {
        return a.block().equals(b.block()) ? similarity(a, b) : 0;
    }

    /** Whether two names count as the same name written two ways. */
    public static boolean match(Name a, Name b) {
        return matchScore(a, b) >= THRESHOLD;
    }

    private static double bestPairing(Name a, Name b, boolean marksCount) {
        List<String> x = a.sound();
        List<String> y = b.sound();
        int[] order = new int[y.size()];
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
        }
        double best = 0;
        do {
            double weakest = 1;
            for (int k = 0; k < order.length && weakest > best; k++) {
                String p = x.get(k);
                String q = y.get(order[k]);
                double alike = marksCount && !a.marked().get(k).equals(b.marked().get(order[k])) && p.equals(q) ? 0 : similarity(p, q);
                weakest = Math.min(weakest, alike);
            }
            best = Math.max(best, weakest);
        } while (best < 1 && nextPermutation(order));
        return best;
    }

    /** A word pair's similarity; one too far apart to reach the threshold scores 0 without the full distance computed. */
    private static double similarity(String p, String q) {
        int longer = Math.max(p.length(), q.length());
        if (longer == 0) {
            return 1;
        }
        int edits = boundedEdits(p, q, (int) Math.floor((1 - THRESHOLD) * longer));
        return edits < 0 ? 0 : 1 - (double) edits / longer;
    }

    /** The edit distance if it is at most {@code limit}, else -1 (commons-text's bounded Levenshtein: O(length × limit)). */
    private static int boundedEdits(String p, String q, int limit) {
        if (Math.abs(p.length() - q.length()) > limit) {
            return -1;
        }
        return new LevenshteinDistance(limit).apply(p, q);
    }

    private static boolean nextPermutation(int[] a) {
        int k = a.length - 2;
        while (k >= 0 && a[k] >= a[k + 1]) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        int l = a.length - 1;
        while (a[l] <= a[k]) {
            l--;
        }
        int t = a[k];
        a[k] = a[l];
        a[l] = t;
        for (int i = k + 1, j = a.length - 1; i < j; i++, j--) {
            t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return true;
    }

    static String sound(String word) {
        String w = word;
        for (String[] same : SAME_SOUND) {
            w = w.replace(same[0], same[1]);
        }
        for (String[] same : SAME_SOUND_AT_END) {
            if (w.length() > same[0].length() && w.endsWith(same[0])) {
                w = w.substring(0, w.length() - same[0].length()) + same[1];
            }
        }
        // a final h after a vowel is not heard (Soh, Chanh's h stays: nh)
        if (w.length() > 1 && w.endsWith("h") && "aeiou".indexOf(w.charAt(w.length() - 2)) >= 0) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.startsWith("gn")) {
            w = "ny" + w.substring(2); // Lao ຍ in the French manner (Gnot, Nyot)
        }
        StringBuilder once = new StringBuilder();
        for (int k = 0; k < w.length(); k++) {
            if (k == 0 || w.charAt(k) != w.charAt(k - 1)) {
                once.append(w.charAt(k));
            }
        }
        return once.toString();
    }

    /** The sorted consonants of the sound form; h, w, y and a liquid after a consonant (pr, kl) left out, as spellings drop them. */
    static String block(List<String> sound) {
        StringBuilder consonants = new StringBuilder();
        for (String w : sound) {
            for (int k = 0; k < w.length(); k++) {
                char c = w.charAt(k);
                if ("aeiouyhw".indexOf(c) >= 0) {
                    continue;
                }
                if ((c == 'r' || c == 'l') && k > 0 && "aeiouyhw".indexOf(w.charAt(k - 1)) < 0) {
                    continue;
                }
                consonants.append(c);
            }
        }
        if (consonants.length() == 0) {
            // a name of vowels only (U Aye): its words are its block
            return "~" + sound.stream().sorted().collect(Collectors.joining(" "));
        }
        char[] sorted = consonants.toString().toCharArray();
        Arrays.sort(sorted);
        return new String(sorted);
    }

    private static String han(String run) {
        String[] syllables = fold(HAN.get().transliterate(run)).split(" +");
        if (syllables.length <= 1) {
            return syllables.length == 0 ? "" : syllables[0];
        }
        return syllables[0] + " " + String.join("", Arrays.copyOfRange(syllables, 1, syllables.length));
    }

    /** Latin in lower case, without diacritics. */
    private static String fold(String text) {
        return NameKeys.unaccented(text).toLowerCase(Locale.ROOT).strip();
    }

    private static Character.UnicodeScript scriptOf(String s, int at) {
        return Character.UnicodeScript.of(s.codePointAt(at));
    }

    private static boolean sameScript(Character.UnicodeScript a, Character.UnicodeScript b) {
        // marks (INHERITED) and the like belong to the run they sit in
        return a == b || a == Character.UnicodeScript.INHERITED || a == Character.UnicodeScript.COMMON;
    }
}
