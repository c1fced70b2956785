package org.mekong.jtf.common.text;

import java.util.HashMap;
import java.util.Map;

/**
 * Thai and Lao words brought to Latin the way names are written in passports and police files, not
 * letter by letter: ICU's Thai-Latin is an ISO 11940 transliteration (สมชาย → smchay) and ICU has no
 * Lao transform. The two scripts are built alike — a leading vowel written before its consonant,
 * vowel signs above and below, a consonant that sounds differently as the end of a syllable — so one
 * reader serves both, each with its own letters: Thai after the Royal Thai General System (สมชาย ใจดี
 * → somchai chaidi), Lao after the French-based use of Lao passports (ພົມມະຈັນ → phommachan, ສຸວັນນະ →
 * souvanna). Tone marks are dropped; a consonant under the silencer (์ ໌) is not read.
 *
 * <p>Thai often leaves a syllable's vowel unwritten; which one (a or o) is guessed from what follows
 * — a dictionary would know better — so the similarity, not this reader, absorbs what remains.
 */
final class TaiScripts {

    /** What a letter does in a syllable. */
    private enum Role {
        CONSONANT, LEAD_E, LEAD_AE, LEAD_O, LEAD_AI,
        SARA_A, MAI_HAN_AKAT, SARA_AA, SARA_AM, SARA_I, SARA_II, SARA_UE, SARA_UEE, SARA_U, SARA_UU,
        MAI_TAIKHU, TONE, SILENCER, LAO_O, LAO_NIGGAHITA, LAO_IA, LAO_SEMIVOWEL_L, OTHER
    }

    /** A consonant: how it sounds opening a syllable, and closing one (empty if it cannot). */
    private record Consonant(String initial, String closing) {
    }

    private static final class Script {
        final Map<Character, Role> roles = new HashMap<>();
        final Map<Character, Consonant> consonants = new HashMap<>();
        // the letters the reader needs to recognise by identity
        char vowelCarrier, yo, wo, ro, lo, ho;
        String u = "u", ue = "ue", uea = "uea", oe = "oe", eiFinal = "oei";
        boolean thai;

        void consonant(char c, String initial, String closing) {
            roles.put(c, Role.CONSONANT);
            consonants.put(c, new Consonant(initial, closing));
        }

        Role role(char c) {
            return roles.getOrDefault(c, Role.OTHER);
        }
    }

    private static final Script THAI = thai();
    private static final Script LAO = lao();

    private TaiScripts() {
    }

    static String thaiToLatin(String word) {
        return new Reader(THAI, word).read();
    }

    static String laoToLatin(String word) {
        return new Reader(LAO, word).read();
    }

    private static Script thai() {
        Script s = new Script();
        s.thai = true;
        String[][] letters = {
                {"ก", "k", "k"}, {"ข", "kh", "k"}, {"ฃ", "kh", "k"}, {"ค", "kh", "k"}, {"ฅ", "kh", "k"}, {"ฆ", "kh", "k"},
                {"ง", "ng", "ng"}, {"จ", "ch", "t"}, {"ฉ", "ch", "t"}, {"ช", "ch", "t"}, {"ซ", "s", "t"}, {"ฌ", "ch", "t"},
                {"ญ", "y", "n"}, {"ฎ", "d", "t"}, {"ฏ", "t", "t"}, {"ฐ", "th", "t"}, {"ฑ", "th", "t"}, {"ฒ", "th", "t"},
                {"ณ", "n", "n"}, {"ด", "d", "t"}, {"ต", "t", "t"}, {"ถ", "th", "t"}, {"ท", "th", "t"}, {"ธ", "th", "t"},
                {"น", "n", "n"}, {"บ", "b", "p"}, {"ป", "p", "p"}, {"ผ", "ph", "p"}, {"ฝ", "f", "p"}, {"พ", "ph", "p"},
                {"ฟ", "f", "p"}, {"ภ", "ph", "p"}, {"ม", "m", "m"}, {"ย", "y", "i"}, {"ร", "r", "n"}, {"ล", "l", "n"},
                {"ว", "w", "o"}, {"ศ", "s", "t"}, {"ษ", "s", "t"}, {"ส", "s", "t"}, {"ห", "h", ""}, {"ฬ", "l", "n"},
                {"อ", "", ""}, {"ฮ", "h", ""}};
        for (String[] l : letters) {
            s.consonant(l[0].charAt(0), l[1], l[2]);
        }
        roles(s, "เ", Role.LEAD_E, "แ", Role.LEAD_AE, "โ", Role.LEAD_O, "ใ", Role.LEAD_AI, "ไ", Role.LEAD_AI,
                "ะ", Role.SARA_A, "ั", Role.MAI_HAN_AKAT, "า", Role.SARA_AA, "ำ", Role.SARA_AM, "ิ", Role.SARA_I,
                "ี", Role.SARA_II, "ึ", Role.SARA_UE, "ื", Role.SARA_UEE, "ุ", Role.SARA_U, "ู", Role.SARA_UU,
                "็", Role.MAI_TAIKHU, "่", Role.TONE, "้", Role.TONE, "๊", Role.TONE, "๋", Role.TONE, "์", Role.SILENCER,
                "ํ", Role.TONE, "ฺ", Role.TONE);
        s.vowelCarrier = 'อ';
        s.yo = 'ย';
        s.wo = 'ว';
        s.ro = 'ร';
        s.lo = 'ล';
        s.ho = 'ห';
        return s;
    }

    private static Script lao() {
        Script s = new Script();
        String[][] letters = {
                {"ກ", "k", "k"}, {"ຂ", "kh", "k"}, {"ຄ", "kh", "k"}, {"ງ", "ng", "ng"}, {"ຈ", "ch", "t"}, {"ສ", "s", "t"},
                {"ຊ", "x", "t"}, {"ຍ", "y", "i"}, {"ດ", "d", "t"}, {"ຕ", "t", "t"}, {"ຖ", "th", "t"}, {"ທ", "th", "t"},
                {"ນ", "n", "n"}, {"ບ", "b", "p"}, {"ປ", "p", "p"}, {"ຜ", "ph", "p"}, {"ຝ", "f", "p"}, {"ພ", "ph", "p"},
                {"ຟ", "f", "p"}, {"ມ", "m", "m"}, {"ຢ", "y", "i"}, {"ຣ", "r", "n"}, {"ລ", "l", "n"}, {"ວ", "v", "o"},
                {"ຫ", "h", ""}, {"ອ", "", ""}, {"ຮ", "h", ""}, {"ໜ", "n", "n"}, {"ໝ", "m", "m"}};
        for (String[] l : letters) {
            s.consonant(l[0].charAt(0), l[1], l[2]);
        }
        roles(s, "ເ", Role.LEAD_E, "ແ", Role.LEAD_AE, "ໂ", Role.LEAD_O, "ໃ", Role.LEAD_AI, "ໄ", Role.LEAD_AI,
                "ະ", Role.SARA_A, "ັ", Role.MAI_HAN_AKAT, "າ", Role.SARA_AA, "ຳ", Role.SARA_AM, "ິ", Role.SARA_I,
                "ີ", Role.SARA_II, "ຶ", Role.SARA_UE, "ື", Role.SARA_UEE, "ຸ", Role.SARA_U, "ູ", Role.SARA_UU,
                "່", Role.TONE, "້", Role.TONE, "໊", Role.TONE, "໋", Role.TONE, "໌", Role.SILENCER, "ົ", Role.LAO_O,
                "ໍ", Role.LAO_NIGGAHITA, "ຽ", Role.LAO_IA, "ຼ", Role.LAO_SEMIVOWEL_L, "຺", Role.TONE);
        s.vowelCarrier = 'ອ';
        s.yo = 'ຍ';
        s.wo = 'ວ';
        s.ro = 'ຣ';
        s.lo = 'ລ';
        s.ho = 'ຫ';
        s.u = "ou";
        s.ue = "eu";
        s.uea = "eua";
        s.oe = "eu";
        s.eiFinal = "eui";
        return s;
    }

    private static void roles(Script s, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            s.roles.put(((String) pairs[i]).charAt(0), (Role) pairs[i + 1]);
        }
    }

    /** One word read syllable by syllable. */
    private static final class Reader {
        private final Script s;
        private final String w;
        private final int n;
        private int i;
        private final StringBuilder out = new StringBuilder();

        Reader(Script s, String word) {
            this.s = s;
            this.w = word;
            this.n = word.length();
        }

        String read() {
            while (i < n) {
                syllable();
            }
            return out.toString();
        }

        private Role role(int at) {
            return at < n ? s.role(w.charAt(at)) : Role.OTHER;
        }

        private boolean consonantAt(int at) {
            return role(at) == Role.CONSONANT;
        }

        private boolean is(int at, char c) {
            return at < n && w.charAt(at) == c;
        }

        private static boolean lead(Role r) {
            return r == Role.LEAD_E || r == Role.LEAD_AE || r == Role.LEAD_O || r == Role.LEAD_AI;
        }

        /** A vowel sign or following vowel letter: what makes the consonant before it open a syllable. */
        private boolean vowelFollows(int at) {
            Role r = role(at);
            return switch (r) {
                case SARA_A, MAI_HAN_AKAT, SARA_AA, SARA_AM, SARA_I, SARA_II, SARA_UE, SARA_UEE, SARA_U, SARA_UU, MAI_TAIKHU, TONE,
                     LAO_O, LAO_NIGGAHITA, LAO_IA, LAO_SEMIVOWEL_L -> true;
                default -> false;
            };
        }

        /** The consonant at {@code at} is not read: the silencer is on it, or on its vowel sign, or on the ร after it (จันทร์). */
        private boolean silenced(int at) {
            if (!consonantAt(at)) {
                return false;
            }
            if (role(at + 1) == Role.SILENCER) {
                return true;
            }
            if ((role(at + 1) == Role.SARA_I || role(at + 1) == Role.SARA_U) && role(at + 2) == Role.SILENCER) {
                return true;
            }
            return s.thai && is(at + 1, s.ro) && role(at + 2) == Role.SILENCER && "ทตด".indexOf(w.charAt(at)) >= 0;
        }

        private int skipSilenced(int at) {
            int j = at + 1;
            while (j < n && role(j) != Role.SILENCER) {
                j++;
            }
            return j + 1;
        }

        /** The consonant at {@code at} closes the syllable before it (it opens none of its own). */
        private boolean closes(int at) {
            if (!consonantAt(at) || silenced(at) || is(at, s.vowelCarrier)) {
                return false;
            }
            if (s.thai && is(at + 1, s.ro) && is(at + 2, s.ro)) {
                return false; // it opens a รร syllable (วรรณ)
            }
            int next = at + 1;
            while (silenced(next)) {
                next = skipSilenced(next);
            }
            return next >= n || consonantAt(next) || lead(role(next)) || role(next) == Role.OTHER;
        }

        private void syllable() {
            Role r = role(i);
            Role leadVowel = null;
            if (lead(r)) {
                leadVowel = r;
                i++;
            }
            if (!consonantAt(i)) {
                if (leadVowel == null) {
                    i++; // a stray sign, a digit, a repetition mark: not part of a name's sound
                }
                return;
            }
            if (silenced(i)) {
                i = skipSilenced(i);
                return;
            }
            char c = w.charAt(i++);
            String onset = s.consonants.get(c).initial();
            onset = cluster(c, onset, leadVowel);

            // Thai รร: a + n, or a + the closing consonant after it (สุวรรณ suwan)
            if (s.thai && leadVowel == null && is(i, s.ro) && is(i + 1, s.ro)) {
                i += 2;
                String closing = closes(i) ? s.consonants.get(w.charAt(i++)).closing() : "n";
                out.append(onset).append('a').append(closing);
                return;
            }

            boolean longIU = false, akat = false, i1 = false, ue = false, uee = false, u = false, laoO = false, niggahita = false, short_ = false;
            while (i < n && vowelFollows(i) && role(i) != Role.SARA_A && role(i) != Role.SARA_AA && role(i) != Role.SARA_AM
                    && role(i) != Role.LAO_IA) {
                switch (role(i)) {
                    case MAI_HAN_AKAT -> akat = true;
                    case SARA_I -> i1 = true;
                    case SARA_II -> {
                        i1 = true;
                        longIU = true;
                    }
                    case SARA_UE -> ue = true;
                    case SARA_UEE -> uee = true;
                    case SARA_U -> u = true;
                    case SARA_UU -> {
                        u = true;
                        longIU = true;
                    }
                    case LAO_O -> laoO = true;
                    case LAO_NIGGAHITA -> niggahita = true;
                    case MAI_TAIKHU -> short_ = true;
                    default -> {
                    }
                }
                i++;
            }

            String vowel = null;
            boolean open = false;
            if (leadVowel == Role.LEAD_E) {
                if (i1 && is(i, s.yo)) {
                    i++;
                    vowel = "ia";
                } else if (akat && is(i, s.yo)) {
                    i++;
                    vowel = "ia"; // Lao ເ-ັຍ
                } else if ((uee || ue) && is(i, s.vowelCarrier)) {
                    i++;
                    vowel = s.uea;
                } else if (role(i) == Role.SARA_AA || laoO && role(i) == Role.SARA_AA) {
                    i++;
                    if (role(i) == Role.SARA_A) {
                        i++;
                        vowel = "o";
                    } else {
                        vowel = "ao";
                    }
                    open = true;
                } else if (laoO) {
                    vowel = "ao"; // Lao ເ-ົາ written with ົ
                    if (role(i) == Role.SARA_AA) {
                        i++;
                    }
                    open = true;
                } else if (is(i, s.vowelCarrier) && !i1) {
                    i++;
                    vowel = s.oe;
                } else if (i1) {
                    vowel = s.oe;
                } else if (role(i) == Role.SARA_A) {
                    i++;
                    vowel = "e";
                    open = true;
                } else if (!s.thai && is(i, s.yo) && closes(i)) {
                    i++;
                    vowel = "ia"; // Lao ເ-ຍ
                    open = true;
                } else if (s.thai && !short_ && is(i, s.yo) && closes(i)) {
                    i++;
                    vowel = s.eiFinal;
                    open = true;
                } else {
                    vowel = "e";
                }
            } else if (leadVowel == Role.LEAD_AE) {
                if (role(i) == Role.SARA_A) {
                    i++;
                    open = true;
                }
                vowel = "ae";
            } else if (leadVowel == Role.LEAD_O) {
                if (role(i) == Role.SARA_A) {
                    i++;
                    open = true;
                }
                vowel = "o";
            } else if (leadVowel == Role.LEAD_AI) {
                if (s.thai && is(i, s.yo) && closes(i)) {
                    i++; // ไชย: the ย after ไ-  is spelling, not sound
                }
                vowel = "ai";
                open = true;
            } else if (akat) {
                if (is(i, s.wo)) {
                    i++;
                    vowel = "ua";
                } else {
                    vowel = "a";
                }
            } else if (i1) {
                vowel = "i";
            } else if (ue || uee) {
                if (is(i, s.vowelCarrier)) {
                    i++;
                }
                vowel = s.ue;
            } else if (u) {
                vowel = s.u;
            } else if (laoO || niggahita) {
                if (laoO && is(i, s.wo)) {
                    i++;
                    vowel = "ua"; // Lao -ົວ
                } else {
                    vowel = "o";
                }
            } else if (role(i) == Role.SARA_AA) {
                i++;
                vowel = "a";
            } else if (role(i) == Role.SARA_A) {
                i++;
                vowel = "a";
                open = true;
            } else if (role(i) == Role.SARA_AM) {
                i++;
                vowel = "am";
                open = true;
            } else if (role(i) == Role.LAO_IA) {
                i++;
                vowel = "ia";
            } else if (is(i, s.vowelCarrier) && !vowelFollows(i + 1)) {
                i++;
                vowel = "o";
            } else if (is(i, s.wo) && closes(i + 1)) {
                i++;
                vowel = "ua";
            }

            String closing = "";
            // Thai ร rarely closes a syllable with a written i or u (สุรชัย su-ra-chai, ศิริ si-ri), and after a long ี or ู
            // the next consonant mostly opens a syllable of its own (ศรีสมบูรณ์ si-som-bun, ภูวดล phu-wa-don)
            boolean opensAfterLongVowel = s.thai && (longIU || i1 && is(i, s.ro) || u && is(i, s.ro)) && consonantAfter(i);
            if (!open && !opensAfterLongVowel && closes(i)) {
                // a consonant followed only by the word's last consonant opens the last syllable: ศกร is sa-kon, not sok-ra; นากร na-kon
                boolean opensLastSyllable = s.thai && closesWordAfter(i);
                if (!opensLastSyllable) {
                    closing = s.consonants.get(w.charAt(i++)).closing();
                }
            }
            if (vowel == null) {
                vowel = closing.isEmpty() ? "a" : "o";
            }
            out.append(onset).append(vowel).append(closing);
        }

        /** A consonant that is heard follows the one at {@code at}. */
        private boolean consonantAfter(int at) {
            int next = at + 1;
            while (silenced(next)) {
                next = skipSilenced(next);
            }
            return consonantAt(next);
        }

        /** The consonant at {@code at} is followed only by one more consonant that ends the word. */
        private boolean closesWordAfter(int at) {
            int next = at + 1;
            if (!consonantAt(next) || silenced(next)) {
                return false;
            }
            int after = next + 1;
            while (silenced(after)) {
                after = skipSilenced(after);
            }
            return after >= n;
        }

        /**
         * A consonant pair read as one onset: a leading ห (or Thai อ before ย) makes the sonorant after
         * it high-toned and is not heard; ก ข ค ป ผ พ ต with ร ล ว before a vowel are clusters (ประ pra,
         * ความ khwam); Thai ทร สร ศร ซร sound s, จร ch.
         */
        private String cluster(char c, String onset, Role leadVowel) {
            if (i >= n || !consonantAt(i) || silenced(i)) {
                if (role(i) == Role.LAO_SEMIVOWEL_L) {
                    i++;
                    return c == s.ho ? "l" : onset + "l";
                }
                return onset;
            }
            char next = w.charAt(i);
            boolean vowelAfter = vowelFollows(i + 1) || leadVowel != null || role(i + 1) == Role.SARA_AA;
            if (c == s.ho && "ງຍນມຢຣລວງญนมยรลวง".indexOf(next) >= 0 && (vowelAfter || is(i + 1, s.vowelCarrier) || closes(i + 1))) {
                i++;
                return s.consonants.get(next).initial();
            }
            if (s.thai && c == s.vowelCarrier && next == s.yo) {
                i++;
                return "y";
            }
            if (!vowelAfter) {
                return onset;
            }
            if (next == s.ro || next == s.lo || next == s.wo) {
                if (s.thai && next == s.ro && "ทสศซ".indexOf(c) >= 0) {
                    i++;
                    return "s";
                }
                if (s.thai && next == s.ro && c == 'จ') {
                    i++;
                    return "ch";
                }
                if ("กขคปผพตກຂຄປຜພຕ".indexOf(c) >= 0 && !(next == s.wo && "ปผพตປຜພຕ".indexOf(c) >= 0)) {
                    i++;
                    return onset + s.consonants.get(next).initial();
                }
            }
            return onset;
        }
    }
}
