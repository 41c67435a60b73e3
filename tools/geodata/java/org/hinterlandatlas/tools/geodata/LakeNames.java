// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.HashMap;
import java.util.Map;

/**
 * Chinese and English names of the Natural Earth 10m lakes (v4.0.0) in China, keyed by NE name.
 * Unnamed NE lakes and names we could not match with confidence are dropped. NE 10m has no 滇池 or
 * 洱海 and no lake in Sichuan. Keys are the NE spellings, typos included ("Ngangla Ringeo").
 */
final class LakeNames {
    record Lake(String id, Name name) {
    }

    private static final Map<String, Lake> BY_NE_NAME = new HashMap<>();

    static {
        l("Qinghai Hu", "qinghai", "青海湖", "Qinghai Lake");
        l("Poyang Hu", "poyang", "鄱阳湖", "Poyang Lake");
        l("Dongting Hu", "dongting", "洞庭湖", "Dongting Lake");
        l("Tai Hu", "tai", "太湖", "Lake Tai");
        l("Hongze Hu", "hongze", "洪泽湖", "Hongze Lake");
        l("Chao Hu", "chao", "巢湖", "Chao Lake");
        l("Gaoyou Hu", "gaoyou", "高邮湖", "Gaoyou Lake");
        l("Weishan Hu", "weishan", "微山湖", "Weishan Lake");
        l("Luoma Hu", "luoma", "骆马湖", "Luoma Lake");
        l("Dongping Hu", "dongping", "东平湖", "Dongping Lake");
        l("Shijiu Hu", "shijiu", "石臼湖", "Shijiu Lake");
        l("Ge Hu", "ge", "滆湖", "Ge Lake");
        l("Hong Hu", "honghu", "洪湖", "Honghu Lake");
        l("Liangzi Hu", "liangzi", "梁子湖", "Liangzi Lake");
        l("Daguan Hu", "daguan", "大官湖", "Daguan Lake");
        l("Po Hu", "bo", "泊湖", "Bo Lake");
        l("Wuchang Hu", "wuchang", "武昌湖", "Wuchang Lake");
        l("Danjiangkou Shuiku", "danjiangkou", "丹江口水库", "Danjiangkou Reservoir");
        l("Xinanjiang Shuiku", "xinanjiang", "新安江水库（千岛湖）", "Xin'anjiang Reservoir (Qiandao Lake)");
        l("Xinfengjiang Shuiku", "xinfengjiang", "新丰江水库", "Xinfengjiang Reservoir");
        l("Guanting Shuiku", "guanting", "官厅水库", "Guanting Reservoir");
        l("Baidagang Shuiku", "beidagang", "北大港水库", "Beidagang Reservoir");
        l("Supung Reservoir", "shuifeng", "水丰水库", "Shuifeng (Sup'ung) Reservoir");
        l("Hulun Nuur", "hulun", "呼伦湖", "Hulun Lake");
        l("Buyr Nuur", "buir", "贝尔湖", "Buir Lake");
        l("Dalai Nur", "dali-nur", "达里诺尔湖", "Dali Nur");
        l("Ulansuhai Nur", "ulansuhai", "乌梁素海", "Ulansuhai Lake");
        l("Lake Khanka", "khanka", "兴凯湖", "Lake Khanka (Xingkai)");
        l("Qagan Nur", "chagan", "查干湖", "Chagan Lake");
        l("Songhua Hu", "songhua-lake", "松花湖", "Songhua Lake");
        l("Yueliang Pao", "yueliang", "月亮泡", "Yueliang Lake");
        l("Bosten Hu", "bosten", "博斯腾湖", "Bosten Lake");
        l("Ebinur Hu", "ebinur", "艾比湖", "Ebinur Lake");
        l("Lop Nur", "lop-nur", "罗布泊", "Lop Nur");
        l("Ayakkum Hu", "ayakkum", "阿雅克库木湖", "Ayakkum Lake");
        l("Aqqikkol Hu", "aqqikkol", "阿其克库勒湖", "Aqqikkol Lake");
        l("Gas Hu", "gas", "尕斯库勒湖", "Gas Hure Lake");
        l("Hoh Xil Hu", "hoh-xil", "可可西里湖", "Hoh Xil Lake");
        l("Hoh Sai Hu", "hoh-sai", "库赛湖", "Hoh Sai Lake");
        l("Ngoring Hu", "ngoring", "鄂陵湖", "Ngoring Lake");
        l("Gyaring Hu", "gyaring", "扎陵湖", "Gyaring Lake");
        l("Nam Co", "nam-co", "纳木错", "Nam Co");
        l("Siling Co", "siling-co", "色林错", "Siling Co");
        l("Tangra Yumco", "tangra-yumco", "当惹雍错", "Tangra Yumco");
        l("Yamzho Yumco", "yamzho-yumco", "羊卓雍错", "Yamzho Yumco");
        l("Puma Yumco", "puma-yumco", "普莫雍错", "Puma Yumco");
        l("Mapam Yumco", "mapam-yumco", "玛旁雍错", "Mapam Yumco");
        l("Langa Co", "langa-co", "拉昂错", "Lhanag Co");
        l("Ngangla Ringeo", "ngangla-ringco", "昂拉仁错", "Ngangla Ringco");
        l("Gyaring Co", "gyaring-co", "格仁错", "Gyaring Co");
        l("Ngangz Co", "ngangze-co", "昂孜错", "Ngangzê Co");
        l("Lumajangdong Co", "lumajangdong-co", "鲁玛江冬错", "Lumajangdong Co");
        l("Gozha Co", "gozha-co", "郭扎错", "Gozha Co");
        l("Banggong Co", "banggong-co", "班公错", "Bangong Co");
    }

    private LakeNames() {
    }

    private static void l(String neName, String id, String zh, String en) {
        BY_NE_NAME.put(neName, new Lake(id, new Name(zh, en)));
    }

    static java.util.Set<String> neNames() {
        return BY_NE_NAME.keySet();
    }

    static Lake lookup(String neName) {
        return neName == null ? null : BY_NE_NAME.get(neName);
    }
}
