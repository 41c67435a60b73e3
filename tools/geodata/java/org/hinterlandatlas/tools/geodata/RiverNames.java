// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.HashMap;
import java.util.Map;

/**
 * Chinese and English names for the Natural Earth 10m rivers (v4.0.0) in and around China, keyed by
 * NE {@code rivernum} (the NE name alone is ambiguous: "Min" is both 岷江 in Sichuan and 闽江 in
 * Fujian, "Han" both 汉江 and the Han of Seoul). Parts that share an id are merged into one feature.
 * NE rivers not tabled here are dropped: only names we are sure of are shown. Each entry also records
 * the NE name, which is checked, so a different NE release cannot silently shift the table.
 */
final class RiverNames {
    record River(String id, String neName, Name name) {
    }

    /** The NE feature "Tuo" whose upper course is really the upper Min; split by {@link Rivers}. */
    static final int TUO_WITH_UPPER_MIN = 1087;

    private static final Map<Integer, River> BY_RIVERNUM = new HashMap<>();

    static {
        r(1, "yangtze", "Yangtze", "长江", "Yangtze River");
        r(18, "yangtze", "Chang Jiang", "长江", "Yangtze River");
        r(15, "jinsha", "Jinsha", "金沙江", "Jinsha River");
        r(13, "tongtian", "Tongtian", "通天河", "Tongtian River");
        r(11, "tuotuo", "Tuotuo", "沱沱河", "Tuotuo River");
        r(883, "dam-qu", "Dam", "当曲", "Dam Qu");
        r(66, "yellow", "Huang", "黄河", "Yellow River");
        r(95, "yellow", "Huang", "黄河", "Yellow River");
        r(538, "jialing", "Jialing", "嘉陵江", "Jialing River");
        r(367, "min-sichuan", "Min", "岷江", "Min River");
        r(TUO_WITH_UPPER_MIN, "tuo", "Tuo", "沱江", "Tuo River");
        r(456, "wu", "Wu", "乌江", "Wu River");
        r(309, "dadu", "Dadu", "大渡河", "Dadu River");
        r(540, "yalong", "Yalong", "雅砻江", "Yalong River");
        r(270, "han", "Han", "汉江", "Han River");
        r(457, "xiang", "Xiang", "湘江", "Xiang River");
        r(247, "yuan-hunan", "Yuan", "沅江", "Yuan River");
        r(278, "gan", "Gan", "赣江", "Gan River");
        r(96, "xi", "Xi", "西江", "Xi River");
        r(149, "xun", "Xun", "浔江", "Xun River");
        r(148, "qian-guangxi", "Quan", "黔江", "Qian River");
        r(147, "hongshui", "Hongshui", "红水河", "Hongshui River");
        r(128, "nanpan", "Nanpan", "南盘江", "Nanpan River");
        r(932, "liu", "Liu", "柳江", "Liu River");
        r(933, "rong", "Rong", "融江", "Rong River");
        r(824, "duliu", "Duliu", "都柳江", "Duliu River");
        r(548, "you", "You", "右江", "You River");
        r(823, "zuo", "Zuo", "左江", "Zuo River");
        r(599, "yong", "Yong", "邕江", "Yong River");
        r(623, "yu", "Yu", "郁江", "Yu River");
        r(552, "bei", "Bei", "北江", "Bei River");
        r(539, "dong", "Dong", "东江", "Dong River");
        r(385, "fuchun", "Fuchun", "富春江", "Fuchun River");
        r(886, "ou", "Ou", "瓯江", "Ou River");
        r(473, "min-fujian", "Min", "闽江", "Min River (Fujian)");
        r(1085, "jiulong", "Jiulong", "九龙江", "Jiulong River");
        r(458, "huai", "Huai", "淮河", "Huai River");
        r(1143, "ying", "Ying", "颍河", "Ying River");
        r(1070, "fen", "Fen", "汾河", "Fen River");
        r(873, "wei", "Wei", "渭河", "Wei River");
        r(882, "jing", "Jing", "泾河", "Jing River");
        r(1081, "huan", "Huan", "环江", "Huan River");
        r(885, "qin", "Qin", "沁河", "Qin River");
        r(893, "zhang", "Zhang", "漳河", "Zhang River");
        r(945, "wuding", "Wuding", "无定河", "Wuding River");
        r(881, "dali", "Dali", "大理河", "Dali River");
        r(426, "wujia", "Wujia", "乌加河", "Wujia River");
        r(631, "hai", "Hai", "海河", "Hai River");
        r(609, "yongding", "Yongding", "永定河", "Yongding River");
        r(422, "sanggan", "Sanggan", "桑干河", "Sanggan River");
        r(908, "luan", "Luan", "滦河", "Luan River");
        r(737, "shandian", "Shandian", "闪电河", "Shandian River");
        r(1071, "yi-shandong", "Yi", "沂河", "Yi River");
        r(246, "liao", "Liao", "辽河", "Liao River");
        r(360, "xiliao", "Xiliao", "西辽河", "Xiliao River");
        r(310, "xar-moron", "Xar Moron", "西拉木伦河", "Xar Moron River");
        r(781, "daling", "Daling", "大凌河", "Daling River");
        r(366, "songhua", "Songhua", "松花江", "Songhua River");
        r(646, "second-songhua", "Di’er Songhua", "第二松花江", "Second Songhua River");
        r(967, "second-songhua", "Di’er Songhua", "第二松花江", "Second Songhua River");
        r(940, "nen", "Nen", "嫩江", "Nen River");
        r(692, "taoer", "Tao’er", "洮儿河", "Tao'er River");
        r(846, "chaor", "Chaor", "绰尔河", "Chaor River");
        r(1116, "nemor", "Nemor", "讷谟尔河", "Nemor River");
        r(840, "nanweng", "Nanweng", "南瓮河", "Nanweng River");
        r(93, "heilong", "Heilong Jiang", "黑龙江", "Heilong River (Amur)");
        r(72, "heilong", "Amur", "黑龙江", "Heilong River (Amur)");
        r(84, "argun", "Argun’", "额尔古纳河", "Argun River");
        r(74, "hailar", "Hailar", "海拉尔河", "Hailar River");
        r(1075, "kherlen", "Herlen", "克鲁伦河", "Kherlen River");
        r(553, "ussuri", "Ussuri", "乌苏里江", "Ussuri River");
        r(611, "ussuri", "Ussuri", "乌苏里江", "Ussuri River");
        r(610, "songacha", "Song’acha", "松阿察河", "Songacha River");
        r(1119, "muling", "Muling", "穆棱河", "Muling River");
        r(1108, "tumen", "Tumen", "图们江", "Tumen River");
        r(680, "yalu", "Yalu", "鸭绿江", "Yalu River");
        r(29, "irtysh", "Ertis", "额尔齐斯河", "Irtysh River");
        r(30, "irtysh", "Ertix", "额尔齐斯河", "Irtysh River");
        r(421, "ili", "Ile", "伊犁河", "Ili River");
        r(461, "kunes", "Künes", "巩乃斯河", "Künes River");
        r(349, "tarim", "Tarim", "塔里木河", "Tarim River");
        r(242, "yarkant", "Yarkant", "叶尔羌河", "Yarkant River");
        r(947, "aksu", "Aksu", "阿克苏河", "Aksu River");
        r(888, "toxkan", "Toxkan", "托什干河", "Toxkan River");
        r(879, "yurungkax", "Yurungkax", "玉龙喀什河", "Yurungkax River");
        r(1080, "qarqan", "Qarqan", "车尔臣河", "Qarqan River");
        r(348, "konqi", "Konqi", "孔雀河", "Konqi River");
        r(491, "buh", "Buh", "布哈河", "Buh River");
        r(676, "qumar", "Qumar", "楚玛尔河", "Qumar River");
        r(875, "zagya", "Za’gya", "扎加藏布", "Zagya Zangbo");
        r(1072, "bogcang", "Bogcang", "波仓藏布", "Bogcang Zangbo");
        r(42, "yarlung", "Yarlung", "雅鲁藏布江", "Yarlung Zangbo River");
        r(31, "yarlung", "Maquan", "雅鲁藏布江", "Yarlung Zangbo River");
        r(47, "yarlung", "Dihang", "雅鲁藏布江", "Yarlung Zangbo River");
        r(51, "brahmaputra", "Brahmaputra", "布拉马普特拉河", "Brahmaputra River");
        r(40, "lancang", "Lancang", "澜沧江", "Lancang River (Mekong)");
        r(35, "za-qu", "Za", "扎曲", "Za Qu");
        r(1082, "zi-qu", "Zi", "子曲", "Zi Qu");
        r(146, "nu", "Nu", "怒江", "Nu River (Salween)");
        r(134, "nu", "Nu", "怒江", "Nu River (Salween)");
        r(306, "red", "Hong", "红河", "Red River");
        r(891, "zayu", "Zayü", "察隅河", "Zayü River");
        r(63, "shiquan", "Shiquan", "狮泉河", "Shiquan River");
        r(56, "indus", "Indus", "印度河", "Indus River");
        r(258, "sutlej", "Sutlej", "象泉河", "Sutlej (Langqên Zangbo)");
    }

    private RiverNames() {
    }

    private static void r(int rivernum, String id, String neName, String zh, String en) {
        BY_RIVERNUM.put(rivernum, new River(id, neName, new Name(zh, en)));
    }

    /** The tabled river for an NE feature, or null when it is not one we can name with confidence. */
    static River lookup(int rivernum, String neName) {
        River r = BY_RIVERNUM.get(rivernum);
        if (r == null) {
            return null;
        }
        if (!r.neName().equals(neName)) {
            throw new IllegalStateException("NE rivernum " + rivernum + " is named '" + neName
                    + "', the table expects '" + r.neName() + "'");
        }
        return r;
    }

    /** Upper Min, taken out of the mislabelled NE "Tuo" feature. */
    static River upperMin() {
        return BY_RIVERNUM.get(367);
    }
}
