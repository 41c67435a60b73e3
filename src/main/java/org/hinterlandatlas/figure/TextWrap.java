// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a text into lines that fit a width: after a space where there is one (English), anywhere between
 * two characters otherwise (Chinese needs no spaces to break).
 */
final class TextWrap {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private TextWrap() {
    }

    static List<String> lines(String text, Font font, double width) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = start + 1;
            int lastSpace = -1;
            while (end < text.length() && fits(font, text.substring(start, end + 1), width)) {
                if (text.charAt(end) == ' ') {
                    lastSpace = end;
                }
                end++;
            }
            if (end < text.length() && lastSpace > start) {
                end = lastSpace + 1;
            }
            lines.add(text.substring(start, end).strip());
            start = end;
        }
        return lines;
    }

    private static boolean fits(Font font, String text, double width) {
        return font.getStringBounds(text, MEASURE).getWidth() <= width;
    }
}
