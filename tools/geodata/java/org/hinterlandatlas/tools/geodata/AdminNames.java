// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

import java.util.Map;
import java.util.TreeMap;

/**
 * Full official names of the provincial units and of the Sichuan / Chongqing prefecture-level units.
 * The ECharts sources only carry short Chinese names (四川, 重庆) and pre-2016 names, so the names
 * are tabled here by code. Taiwan is labelled 台湾省 / Taiwan Province as CONTENT.md requires.
 */
final class AdminNames {
    static final String SICHUAN = "510000";
    static final String CHONGQING = "500000";

    /**
     * Codes changed since the ECharts data (about 2016): 梁平县 500228 became 梁平区 500155 and
     * 武隆县 500232 became 武隆区 500156 (State Council approvals of 2016). Old code → current code.
     */
    static final Map<String, String> RENAMED_CODES = Map.of(
            "500228", "500155",
            "500232", "500156");

    static final Map<String, Name> PROVINCES = new TreeMap<>();
    static final Map<String, Name> PREFECTURES = new TreeMap<>();

    static {
        p("110000", "北京市", "Beijing");
        p("120000", "天津市", "Tianjin");
        p("130000", "河北省", "Hebei");
        p("140000", "山西省", "Shanxi");
        p("150000", "内蒙古自治区", "Inner Mongolia Autonomous Region");
        p("210000", "辽宁省", "Liaoning");
        p("220000", "吉林省", "Jilin");
        p("230000", "黑龙江省", "Heilongjiang");
        p("310000", "上海市", "Shanghai");
        p("320000", "江苏省", "Jiangsu");
        p("330000", "浙江省", "Zhejiang");
        p("340000", "安徽省", "Anhui");
        p("350000", "福建省", "Fujian");
        p("360000", "江西省", "Jiangxi");
        p("370000", "山东省", "Shandong");
        p("410000", "河南省", "Henan");
        p("420000", "湖北省", "Hubei");
        p("430000", "湖南省", "Hunan");
        p("440000", "广东省", "Guangdong");
        p("450000", "广西壮族自治区", "Guangxi Zhuang Autonomous Region");
        p("460000", "海南省", "Hainan");
        p("500000", "重庆市", "Chongqing");
        p("510000", "四川省", "Sichuan");
        p("520000", "贵州省", "Guizhou");
        p("530000", "云南省", "Yunnan");
        p("540000", "西藏自治区", "Tibet Autonomous Region");
        p("610000", "陕西省", "Shaanxi");
        p("620000", "甘肃省", "Gansu");
        p("630000", "青海省", "Qinghai");
        p("640000", "宁夏回族自治区", "Ningxia Hui Autonomous Region");
        p("650000", "新疆维吾尔自治区", "Xinjiang Uygur Autonomous Region");
        p("710000", "台湾省", "Taiwan Province");
        p("810000", "香港特别行政区", "Hong Kong SAR");
        p("820000", "澳门特别行政区", "Macao SAR");

        u("510100", "成都市", "Chengdu");
        u("510300", "自贡市", "Zigong");
        u("510400", "攀枝花市", "Panzhihua");
        u("510500", "泸州市", "Luzhou");
        u("510600", "德阳市", "Deyang");
        u("510700", "绵阳市", "Mianyang");
        u("510800", "广元市", "Guangyuan");
        u("510900", "遂宁市", "Suining");
        u("511000", "内江市", "Neijiang");
        u("511100", "乐山市", "Leshan");
        u("511300", "南充市", "Nanchong");
        u("511400", "眉山市", "Meishan");
        u("511500", "宜宾市", "Yibin");
        u("511600", "广安市", "Guang'an");
        u("511700", "达州市", "Dazhou");
        u("511800", "雅安市", "Ya'an");
        u("511900", "巴中市", "Bazhong");
        u("512000", "资阳市", "Ziyang");
        u("513200", "阿坝藏族羌族自治州", "Ngawa Tibetan and Qiang Autonomous Prefecture");
        u("513300", "甘孜藏族自治州", "Garzê Tibetan Autonomous Prefecture");
        u("513400", "凉山彝族自治州", "Liangshan Yi Autonomous Prefecture");

        u("500101", "万州区", "Wanzhou District");
        u("500102", "涪陵区", "Fuling District");
        u("500103", "渝中区", "Yuzhong District");
        u("500104", "大渡口区", "Dadukou District");
        u("500105", "江北区", "Jiangbei District");
        u("500106", "沙坪坝区", "Shapingba District");
        u("500107", "九龙坡区", "Jiulongpo District");
        u("500108", "南岸区", "Nan'an District");
        u("500109", "北碚区", "Beibei District");
        u("500110", "綦江区", "Qijiang District");
        u("500111", "大足区", "Dazu District");
        u("500112", "渝北区", "Yubei District");
        u("500113", "巴南区", "Banan District");
        u("500114", "黔江区", "Qianjiang District");
        u("500115", "长寿区", "Changshou District");
        u("500116", "江津区", "Jiangjin District");
        u("500117", "合川区", "Hechuan District");
        u("500118", "永川区", "Yongchuan District");
        u("500119", "南川区", "Nanchuan District");
        u("500120", "璧山区", "Bishan District");
        u("500151", "铜梁区", "Tongliang District");
        u("500152", "潼南区", "Tongnan District");
        u("500153", "荣昌区", "Rongchang District");
        u("500154", "开州区", "Kaizhou District");
        u("500155", "梁平区", "Liangping District");
        u("500156", "武隆区", "Wulong District");
        u("500229", "城口县", "Chengkou County");
        u("500230", "丰都县", "Fengdu County");
        u("500231", "垫江县", "Dianjiang County");
        u("500233", "忠县", "Zhong County");
        u("500235", "云阳县", "Yunyang County");
        u("500236", "奉节县", "Fengjie County");
        u("500237", "巫山县", "Wushan County");
        u("500238", "巫溪县", "Wuxi County");
        u("500240", "石柱土家族自治县", "Shizhu Tujia Autonomous County");
        u("500241", "秀山土家族苗族自治县", "Xiushan Tujia and Miao Autonomous County");
        u("500242", "酉阳土家族苗族自治县", "Youyang Tujia and Miao Autonomous County");
        u("500243", "彭水苗族土家族自治县", "Pengshui Miao and Tujia Autonomous County");
    }

    private AdminNames() {
    }

    private static void p(String code, String zh, String en) {
        PROVINCES.put(code, new Name(zh, en));
    }

    private static void u(String code, String zh, String en) {
        PREFECTURES.put(code, new Name(zh, en));
    }

    /** The current code for a code found in the sources. */
    static String currentCode(String code) {
        return RENAMED_CODES.getOrDefault(code, code);
    }

    static Name province(String code) {
        return require(PROVINCES, code);
    }

    static Name prefecture(String code) {
        return require(PREFECTURES, code);
    }

    private static Name require(Map<String, Name> table, String code) {
        Name n = table.get(code);
        if (n == null) {
            throw new IllegalStateException("no name tabled for code " + code);
        }
        return n;
    }
}
