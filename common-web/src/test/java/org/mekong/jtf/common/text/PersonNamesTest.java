package org.mekong.jtf.common.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The readers and the similarity on names whose Latin forms are known; the labelled set measures the rest. */
class PersonNamesTest {

    private static String latin(String written) {
        return PersonNames.of(written).latin();
    }

    private static double score(String a, String b) {
        return PersonNames.matchScore(PersonNames.of(a), PersonNames.of(b));
    }

    @Test
    void thaiIsReadAsPassportsWriteItNotLetterByLetter() {
        assertEquals("somchai chaidi", latin("สมชาย ใจดี"));
        assertEquals("somsak", latin("สมศักดิ์"));       // the silenced ด and its vowel are not read
        assertEquals("prasoet", latin("ประเสริฐ"));     // pr cluster, silent ร of สร, เ-ิ
        assertEquals("phongsakon", latin("พงศกร"));     // unwritten vowels: phong-sa-kon
        assertEquals("suwan", latin("สุวรรณ"));         // รร
        assertEquals("chanphen", latin("จันทร์เพ็ญ"));  // ทร์ silenced together
        assertEquals("thanakon", latin("ธนากร"));
        assertEquals("sisombun", latin("ศรีสมบูรณ์"));
        assertEquals("khwam", latin("ความ"));
    }

    @Test
    void laoIsReadInTheFrenchMannerOfLaoPassports() {
        assertEquals("phommachan sisavat", latin("ພົມມະຈັນ ສີສະຫວັດ"));
        assertEquals("souvanna", latin("ສຸວັນນະ"));
        assertEquals("thongloun", latin("ທອງລຸນ"));
        assertEquals("sipaseut", latin("ສີປະເສີດ"));
        assertEquals("xaiyavong", latin("ໄຊຍະວົງ"));
    }

    @Test
    void burmeseIsReadSyllableBySyllable() {
        assertEquals("aung san su kyi", latin("အောင်ဆန်းစုကြည်"));
        assertEquals("min aung hlaing", latin("မင်းအောင်လှိုင်"));
        assertEquals("myint swe", latin("မြင့်ဆွေ"));    // creaky nasal: t
        assertEquals("khin nyunt", latin("ခင်ညွန့်"));
        assertEquals("than shwe", latin("သန်းရွှေ"));
    }

    @Test
    void chineseSurnamesAreReadAsSurnamesAndGivenNamesJoined() {
        assertEquals("shan xiongxin", latin("单雄信"));   // 单 as a surname is shan, not dan
        assertEquals("zhang xiaoming", latin("張小明"));  // traditional characters too
    }

    @Test
    void latinLosesCaseAndDiacriticsAndKeepsWordOrder() {
        PersonNames.Name name = PersonNames.of("Đặng Thị Lan");
        assertEquals("dang thi lan", name.latin());
        assertEquals("dang lan thi", name.key());
        assertFalse(name.transliterated());
        assertTrue(PersonNames.of("สมชาย ใจดี").transliterated());
    }

    @Test
    void spellingsOfOneNameAreAlikeAndOtherNamesAreNot() {
        assertEquals(1.0, score("สมชาย ใจดี", "Somchai Jaidee"));
        assertEquals(1.0, score("Somchai Jaidee", "Somchay Jaidi"));
        assertEquals(1.0, score("Jaidee Somchai", "SOMCHAI JAIDEE"));
        assertEquals(1.0, score("ຄຳພອຍ", "Khamphoy"));
        assertEquals(1.0, score("Zhang Xiao-Ming", "张小明"));
        assertEquals(1.0, score("Ouyang Nana", "Ou Yangnana"));
        assertEquals(1.0, score("Htun Htun Oo", "Tun Tun U"));
        assertTrue(score("Phommachanh", "Phommachan") >= PersonNames.THRESHOLD);
        assertTrue(score("ประเสริฐ", "Prasert") >= PersonNames.THRESHOLD);

        // one word that is another word makes another name, however alike the rest
        assertTrue(score("Nguyễn Văn Hùng", "Nguyễn Văn Hoàng") < PersonNames.THRESHOLD);
        assertTrue(score("Đặng Thị Lan", "Đặng Thị Loan") < PersonNames.THRESHOLD);
        assertTrue(score("Somchai Jaidee", "Somchai Jaiyen") < PersonNames.THRESHOLD);
        assertTrue(score("Kyaw Zaw", "Kyaw Zaw Oo") < PersonNames.THRESHOLD);
        // written with Vietnamese marks on both sides, the marks tell the names apart
        assertTrue(score("Nguyễn Văn Thanh", "Nguyễn Văn Thành") < PersonNames.THRESHOLD);
        assertEquals(1.0, score("Nguyễn Văn Thành", "NGUYEN VAN THANH"));
    }

    @Test
    void similarityIsTheSameEitherWayRoundAndBoundedForAbsurdNames() {
        for (String[] pair : new String[][] {{"Ou Yangnana", "Nana Ouyang"}, {"Somchai Jaidee", "Dee Somchai Jai"}, {"Kyaw Zaw", "Kyaw Zaw Oo"}}) {
            assertEquals(score(pair[0], pair[1]), score(pair[1], pair[0]), pair[0] + " / " + pair[1]);
        }
        String many = "ba ".repeat(150);
        // 150 words: compared as written only, with an edit distance bounded by the threshold (no quadratic blow-up)
        assertTrue(PersonNames.similarity(PersonNames.of(many), PersonNames.of("ab ".repeat(150))) < PersonNames.THRESHOLD);
        assertTrue(PersonNames.similarity(PersonNames.of(many), PersonNames.of("bab " + "ba ".repeat(148))) > 0.99);
        // letters no reader knows (Shan) are compared as written, not lost
        assertEquals("ၸၢႆး", latin("ၸၢႆး"));
    }

    @Test
    void theBlockIgnoresWordOrderSplittingAndVowels() {
        String block = PersonNames.of("Somchai Jaidee").block();
        assertEquals(block, PersonNames.of("สมชาย ใจดี").block());
        assertEquals(block, PersonNames.of("Chaidi Somchay").block());
        assertEquals(PersonNames.of("Aungsan Suukyi").block(), PersonNames.of("Aung San Suu Kyi").block());
        assertFalse(block.equals(PersonNames.of("Somsak Jaidee").block()));
    }
}
