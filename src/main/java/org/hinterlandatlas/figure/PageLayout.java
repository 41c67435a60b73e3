// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.geom.Rectangle2D;

/**
 * Where the parts of a page go, in points from the top-left corner: the title band, the body and the footer
 * with the source lines and the notice. Sizes follow the page's shorter side, so an A3 page is an A4 page
 * enlarged and a slide reads from the back of a classroom.
 *
 * @param titleSize  the title's font size, 0 when there is no title
 * @param titleLines the number of lines of the title, 0 when there is none
 * @param footerSize the footer's font size
 */
public record PageLayout(double width, double height, Rectangle2D title, double titleSize, int titleLines,
                         Rectangle2D body, Rectangle2D footer, double footerSize, int footerLines) {

    private static final double LINE_SPACING = 1.45;
    private static final double TITLE_LINE_SPACING = 1.3;

    /**
     * @param footerLines the number of footer lines (0 when there are neither credits nor notice)
     */
    public static PageLayout of(PageSize page, boolean withTitle, int footerLines) {
        return of(page, withTitle ? 1 : 0, footerLines);
    }

    /**
     * @param titleLines  the number of lines of the title (0 without a title)
     * @param footerLines the number of footer lines (0 when there are neither credits nor notice)
     */
    public static PageLayout of(PageSize page, int titleLines, int footerLines) {
        boolean withTitle = titleLines > 0;
        double width = page.widthPt();
        double height = page.heightPt();
        double shortSide = Math.min(width, height);
        double margin = clamp(shortSide * 0.045, 12, 48);
        double titleSize = withTitle ? clamp(shortSide * 0.032, 10, 32) : 0;
        double titleBand = withTitle ? titleSize * (1.75 + TITLE_LINE_SPACING * (titleLines - 1)) : 0;
        double footerSize = clamp(shortSide * 0.0125, 5, 11);
        double footerBand = footerLines == 0 ? 0 : footerLines * footerSize * LINE_SPACING + footerSize * 0.5;
        Rectangle2D title = new Rectangle2D.Double(margin, margin, width - 2 * margin, titleBand);
        double bodyTop = margin + titleBand;
        double bodyBottom = height - margin - footerBand;
        Rectangle2D body = new Rectangle2D.Double(margin, bodyTop, width - 2 * margin, bodyBottom - bodyTop);
        Rectangle2D footer = new Rectangle2D.Double(margin, bodyBottom, width - 2 * margin, footerBand);
        return new PageLayout(width, height, title, titleSize, titleLines, body, footer, footerSize, footerLines);
    }

    /** The baseline of a title line, counted from 0. */
    public double titleBaseline(int line) {
        return title.getY() + titleSize * (1.05 + TITLE_LINE_SPACING * line);
    }

    /** The baseline of a footer line, counted from 0. */
    public double footerBaseline(int line) {
        return footer.getY() + footerSize * 0.5 + (line + 1) * footerSize * LINE_SPACING - footerSize * 0.35;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
