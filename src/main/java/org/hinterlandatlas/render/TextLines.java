// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/** Wraps text for the painters: Chinese may break between any two characters, English at spaces. */
final class TextLines {

    private TextLines() {
    }

    /** Breaks at spaces where there are any, else between Chinese characters, so no line is wider than {@code width}. */
    static List<String> of(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : words(text, metrics, width)) {
            if (line.length() > 0 && metrics.stringWidth(line + word.stripTrailing()) > width) {
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
    private static List<String> words(String text, FontMetrics metrics, double width) {
        List<String> words = new ArrayList<>();
        for (String word : text.split("(?<= )|(?<=[\\p{IsHan}，、；（）])|(?=[\\p{IsHan}])")) {
            StringBuilder piece = new StringBuilder();
            for (char c : word.toCharArray()) {
                if (piece.length() > 0 && metrics.stringWidth(piece.toString() + c) > width) {
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
