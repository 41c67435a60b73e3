// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.TextLines;

/**
 * Paragraphs set into a box of a page: wrapped to its width and, when they would run past its foot, set
 * smaller down to a size still legible on paper; what would not fit even then ends in an ellipsis, so text
 * never runs over the footer's notice.
 */
final class TextBlock {

    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);
    private static final double LINE_SPACING = 1.5;
    private static final double MIN_SIZE = 9;
    static final Color INK = new Color(0x222222);

    /**
     * One paragraph: its text, its size before any shrinking, whether it is bold, and the space after it in
     * parts of its size (half a line between paragraphs of prose, less between the entries of a list).
     */
    record Paragraph(String text, double size, boolean bold, double after) {

        Paragraph(String text, double size, boolean bold) {
            this(text, size, bold, 0.5);
        }
    }

    private TextBlock() {
    }

    /** Paints the paragraphs from the top of the box (x, y, width, height); returns the height used. */
    static double paint(Graphics2D g, FontSet fonts, List<Paragraph> paragraphs, double x, double y, double width,
                        double height) {
        double scale = 1;
        List<List<String>> lines = layout(fonts, paragraphs, width, scale);
        while (height(paragraphs, lines, scale) > height && smallest(paragraphs) * scale * 0.92 >= MIN_SIZE) {
            scale *= 0.92;
            lines = layout(fonts, paragraphs, width, scale);
        }
        double top = y;
        g.setColor(INK);
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph paragraph = paragraphs.get(i);
            double size = paragraph.size() * scale;
            Font font = fonts.font((float) size, paragraph.bold());
            g.setFont(font);
            List<String> paragraphLines = lines.get(i);
            for (int j = 0; j < paragraphLines.size(); j++) {
                String line = paragraphLines.get(j);
                boolean lastRoom = top + 2 * size * LINE_SPACING > y + height;
                if (top + size * LINE_SPACING > y + height) {
                    return top - y;
                }
                if (lastRoom && (j < paragraphLines.size() - 1 || i < paragraphs.size() - 1)) {
                    line = ellipsis(line, font, width);
                }
                g.drawString(line, (float) x, (float) (top + size * 1.1));
                top += size * LINE_SPACING;
                if (lastRoom) {
                    return top - y;
                }
            }
            top += size * paragraph.after();
        }
        return top - y;
    }

    private static String ellipsis(String line, Font font, double width) {
        String cut = line;
        while (!cut.isEmpty() && font.getStringBounds(cut + "…", MEASURE).getWidth() > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    private static double smallest(List<Paragraph> paragraphs) {
        return paragraphs.stream().mapToDouble(Paragraph::size).min().orElse(MIN_SIZE);
    }

    private static List<List<String>> layout(FontSet fonts, List<Paragraph> paragraphs, double width, double scale) {
        List<List<String>> lines = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            Font font = fonts.font((float) (paragraph.size() * scale), paragraph.bold());
            lines.add(paragraph.text().isBlank() ? List.of()
                    : TextLines.of(paragraph.text(), line -> font.getStringBounds(line, MEASURE).getWidth(), width));
        }
        return lines;
    }

    private static double height(List<Paragraph> paragraphs, List<List<String>> lines, double scale) {
        double total = 0;
        for (int i = 0; i < paragraphs.size(); i++) {
            double size = paragraphs.get(i).size() * scale;
            total += lines.get(i).size() * size * LINE_SPACING + size * paragraphs.get(i).after();
        }
        return total;
    }
}
