import org.mekong.jtf.common.text.PersonNames;

import java.util.LinkedHashSet;
import java.util.Random;
import java.util.Set;

/**
 * The persons' names bench/correlation.sh seeds the index with: COUNT distinct names of the six
 * countries, made of the name parts that are really common there (so that, as in real files, a few
 * names are held by thousands of records and the blocks of similar names fill up), half of the Thai,
 * Lao, Chinese and Burmese ones in their own script. Printed as value, match key and block key, as
 * the intel service computes them (PersonNames), tab-separated.
 *
 *   java -cp common-web/target/classes:<its dependencies> bench/NamePool.java COUNT
 */
public class NamePool {

    static final String[] VI_FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] VI_MIDDLE = {"Văn", "Thị", "Đức", "Minh", "Quang", "Hữu", "Thanh", "Ngọc", "Xuân", "Công"};
    static final String[] VI_GIVEN = {"Hùng", "Dũng", "Tuấn", "Hải", "Long", "Nam", "Sơn", "Phong", "Minh", "Anh", "Lan", "Hương", "Hoa", "Mai",
            "Linh", "Trang", "Thảo", "Hà", "Bình", "Cường", "Hoàng", "Khoa", "Lộc", "Phúc", "Quân", "Thắng", "Tài", "Việt", "Vinh", "Yến"};
    static final String[][] TH_GIVEN = {{"สมชาย", "Somchai"}, {"สมศักดิ์", "Somsak"}, {"ประเสริฐ", "Prasert"}, {"สุวิทย์", "Suwit"},
            {"วิชัย", "Wichai"}, {"ศิริพร", "Siriporn"}, {"ธนากร", "Thanakorn"}, {"ชัยวัฒน์", "Chaiwat"}, {"อนุชา", "Anucha"},
            {"กิตติ", "Kitti"}, {"ปัญญา", "Panya"}, {"อำนาจ", "Amnat"}, {"มาลี", "Malee"}, {"สุดา", "Suda"}, {"สมพงษ์", "Sompong"},
            {"สุรชัย", "Surachai"}, {"วันเพ็ญ", "Wanpen"}, {"บุญมี", "Boonmee"}, {"สมบูรณ์", "Somboon"}, {"กัญญา", "Kanya"}};
    static final String[][] TH_FAMILY = {{"ใจดี", "Jaidee"}, {"ทองดี", "Thongdee"}, {"ศรีสุข", "Srisuk"}, {"บุญมี", "Boonmee"},
            {"แก้วมณี", "Kaewmanee"}, {"สุขใจ", "Sukjai"}, {"แสงทอง", "Saengthong"}, {"ทองคำ", "Thongkham"}, {"มีสุข", "Meesuk"},
            {"แสนดี", "Saendee"}, {"ใจกล้า", "Jaikla"}, {"รักดี", "Rakdee"}, {"ภู่ทอง", "Phuthong"}, {"ทองสุข", "Thongsuk"},
            {"ศรีวงศ์", "Sriwong"}, {"มั่นคง", "Mankong"}, {"วงศ์ใหญ่", "Wongyai"}, {"สุวรรณ", "Suwan"}, {"ทองมา", "Thongma"}, {"จันทร์ดี", "Chandee"}};
    static final String[][] LO_GIVEN = {{"ສົມພອນ", "Somphone"}, {"ບຸນມີ", "Bounmy"}, {"ວົງສາ", "Vongsa"}, {"ຄຳພອຍ", "Khamphoy"},
            {"ທອງລຸນ", "Thongloun"}, {"ເພັດສະໝອນ", "Phetsamone"}, {"ແກ້ວມະນີ", "Keomany"}, {"ຈັນສີ", "Chansy"}, {"ອຸດົມ", "Oudom"},
            {"ວັນນະ", "Vanna"}};
    static final String[][] LO_FAMILY = {{"ພົມມະຈັນ", "Phommachanh"}, {"ສີສະຫວັດ", "Sisavath"}, {"ສຸວັນນະ", "Souvanna"},
            {"ຈັນທະວົງ", "Chanthavong"}, {"ສີສຸລິດ", "Sisoulith"}, {"ອິນທະວົງ", "Inthavong"}, {"ໄຊສະນາ", "Xaysana"}, {"ພົມວິຫານ", "Phomvihane"}};
    static final String[][] ZH_FAMILY = {{"王", "Wang"}, {"李", "Li"}, {"张", "Zhang"}, {"刘", "Liu"}, {"陈", "Chen"}, {"杨", "Yang"},
            {"黄", "Huang"}, {"赵", "Zhao"}, {"周", "Zhou"}, {"吴", "Wu"}};
    static final String[][] ZH_GIVEN = {{"伟", "Wei"}, {"小明", "Xiaoming"}, {"建国", "Jianguo"}, {"志强", "Zhiqiang"}, {"丽娟", "Lijuan"},
            {"文杰", "Wenjie"}, {"云龙", "Yunlong"}, {"海涛", "Haitao"}, {"明辉", "Minghui"}, {"立平", "Liping"}, {"振华", "Zhenhua"},
            {"春华", "Chunhua"}};
    static final String[][] MY_PARTS = {{"အောင်", "Aung"}, {"ကျော်", "Kyaw"}, {"ဇော်", "Zaw"}, {"မင်း", "Min"}, {"ထွန်း", "Htun"},
            {"ဝင်း", "Win"}, {"မြင့်", "Myint"}, {"လှ", "Hla"}, {"သိန်း", "Thein"}, {"စိုး", "Soe"}, {"နိုင်", "Naing"}, {"ခင်", "Khin"}};

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        Random random = new Random(8);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            boolean script = random.nextBoolean();
            String name = switch (random.nextInt(6)) {
                case 0, 1 -> pick(random, VI_FAMILY) + " " + pick(random, VI_MIDDLE) + " " + pick(random, VI_GIVEN)
                        + (random.nextInt(3) == 0 ? " " + pick(random, VI_GIVEN) : "");
                case 2 -> part(random, TH_GIVEN, script) + " " + part(random, TH_FAMILY, script);
                case 3 -> part(random, LO_GIVEN, script) + " " + part(random, LO_FAMILY, script);
                case 4 -> script ? pair(random, ZH_FAMILY, 0) + pair(random, ZH_GIVEN, 0)
                        : pair(random, ZH_FAMILY, 1) + " " + pair(random, ZH_GIVEN, 1);
                default -> {
                    int syllables = 2 + random.nextInt(2);
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < syllables; i++) {
                        String[] p = MY_PARTS[random.nextInt(MY_PARTS.length)];
                        b.append(script ? p[0] : (i == 0 ? "" : " ") + p[1]);
                    }
                    yield b.toString();
                }
            };
            names.add(name);
        }
        StringBuilder out = new StringBuilder();
        for (String name : names) {
            PersonNames.Name n = PersonNames.of(name);
            out.append(name).append('\t').append("PERSON|").append(n.key()).append('\t').append("PERSON~").append(n.block()).append('\n');
        }
        System.out.print(out);
    }

    static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    static String part(Random random, String[][] from, boolean script) {
        return from[random.nextInt(from.length)][script ? 0 : 1];
    }

    static String pair(Random random, String[][] from, int which) {
        return from[random.nextInt(from.length)][which];
    }
}
