// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * The toneless pinyin of a Chinese name, as a class types it: 成都 is "chengdu", ü is "v" (绿 "lv"). A
 * character with several readings gives every one (重庆 "chongqing" and "zhongqing"), so the right one is
 * always among them; other characters are kept, lower-cased.
 */
final class Pinyin {

    /** Enough for every name here; a longer run of many-reading characters keeps its first readings only. */
    private static final int MAX_SPELLINGS = 32;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_V);
    }

    private Pinyin() {
    }

    /** Every spelling of the name, without spaces. */
    static Set<String> spellings(String chinese) {
        List<String> partial = new ArrayList<>(List.of(""));
        for (char c : chinese.toCharArray()) {
            List<String> readings = readings(c);
            List<String> next = new ArrayList<>();
            for (String start : partial) {
                for (String reading : readings) {
                    if (next.size() < MAX_SPELLINGS) {
                        next.add(start + reading);
                    }
                }
            }
            partial = next;
        }
        return new LinkedHashSet<>(partial);
    }

    private static List<String> readings(char c) {
        try {
            String[] readings = PinyinHelper.toHanyuPinyinStringArray(c, FORMAT);
            if (readings != null && readings.length > 0) {
                return List.copyOf(new LinkedHashSet<>(List.of(readings)));
            }
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            // the format above is a valid combination; a character without pinyin is kept as it is
        }
        return Character.isLetterOrDigit(c) ? List.of(String.valueOf(Character.toLowerCase(c))) : List.of("");
    }
}
