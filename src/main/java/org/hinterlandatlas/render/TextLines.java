// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Wraps text for the painters and the figure page: Chinese may break between any two characters, English
 * at spaces.
 */
public final class TextLines {

    private TextLines() {
    }

    static List<String> of(String text, FontMetrics metrics, double width) {
        return of(text, metrics::stringWidth, width);
    }

    /**
     * Breaks at spaces where there are any, else between Chinese characters, so that no line is wider than
     * {@code width} as {@code measure} measures it.
     */
    public static List<String> of(String text, ToDoubleFunction<String> measure, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text, measure, width)) {
            if (line.length() > 0 && measure.applyAsDouble(line + word.stripTrailing()) > width) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    /** The pieces a line may break between; a word too long for a line on its own is cut where it must be. */
    private static List<String> words(String text, ToDoubleFunction<String> measure, double width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("(?<= )|(?<=[\\p{IsHan}，、；（）])|(?=[\\p{IsHan}])")) {
            StringBuilder piece = new StringBuilder();
            for (char c : word.toCharArray()) {
                if (piece.length() > 0 && measure.applyAsDouble(piece.toString() + c) > width) {
                    words.add(piece.toString());
                    piece.setLength(0);
                }
                piece.append(c);
            }
            words.add(piece.toString());
        }
        return words;
    }
}
