// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.TextLines;

/**
 * Paints a whole page on any Graphics2D whose unit is the point (1/72 inch): white paper, the title, the
 * body inside a thin frame, and the footer with the sources, the data credits and the notice. A PNG scales
 * the Graphics2D by dpi/72 first; PDF and SVG draw in points directly.
 */
public final class PagePainter {

    /** CSS pixels per point: the body is painted in CSS pixels, the unit of the map style. */
    public static final double PX_PER_PT = 96.0 / 72.0;
    private static final Color INK = new Color(0x222222);
    private static final Color FOOTER_INK = new Color(0x4d4d4d);
    private static final Color FRAME = new Color(0x7d7263);
    /** The smallest a one-line title may be made before it is broken into two lines instead. */
    private static final double MIN_TITLE_SHRINK = 0.8;
    private static final int MAX_TITLE_LINES = 3;
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final FontSet fonts;

    public PagePainter(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The fonts of every word on the page; the PDF writer embeds them. */
    public FontSet fonts() {
        return fonts;
    }

    /** The layout of the figure's page: with or without title, with as many footer lines as its texts need. */
    public PageLayout layout(Figure figure) {
        return PageLayout.of(figure.page(), title(figure).size(), footer(figure).size());
    }

    /**
     * The title's lines: one, made a little smaller if need be; up to three when one would be much smaller
     * (a long English title, a portrait page); one made as small as it must be when three would not hold it.
     */
    private List<String> title(Figure figure) {
        if (!hasTitle(figure)) {
            return List.of();
        }
        String title = figure.spec().title();
        PageLayout one = PageLayout.of(figure.page(), 1, 0);
        Font font = fonts.font((float) one.titleSize(), true);
        double width = one.title().getWidth();
        if (font.getStringBounds(title, MEASURE).getWidth() * MIN_TITLE_SHRINK <= width) {
            return List.of(title);
        }
        List<String> lines = wrap(title, font, width);
        return lines.size() <= MAX_TITLE_LINES ? lines : List.of(title);
    }

    private static boolean hasTitle(Figure figure) {
        return figure.spec().has(Furniture.TITLE) && !figure.spec().title().isBlank();
    }

    public void paint(Graphics2D g, Figure figure) {
        List<FooterLine> lines = footer(figure);
        List<String> title = title(figure);
        PageLayout layout = PageLayout.of(figure.page(), title.size(), lines.size());
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(0, 0, layout.width(), layout.height()));
        paintBody(g, figure.body(), layout.body());
        for (int i = 0; i < title.size(); i++) {
            Rectangle2D band = layout.title();
            Font font = fitting(fonts.font((float) layout.titleSize(), true), title.get(i), band.getWidth());
            g.setColor(INK);
            g.setFont(font);
            g.drawString(title.get(i), (float) band.getX(), (float) layout.titleBaseline(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            paintFooterLine(g, lines.get(i), layout, i);
        }
    }

    private static void paintBody(Graphics2D g, PageBody body, Rectangle2D area) {
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.clip(area);
        g.translate(area.getX(), area.getY());
        g.scale(1 / PX_PER_PT, 1 / PX_PER_PT);
        body.paint(g, area.getWidth() * PX_PER_PT, area.getHeight() * PX_PER_PT);
        g.setTransform(transform);
        g.setClip(clip);
        g.setColor(FRAME);
        g.setStroke(new BasicStroke(0.6f));
        g.draw(area);
    }

    /** One footer line: text on the left, and optionally the notice on the right in bold. */
    private record FooterLine(String left, String right) {
    }

    /**
     * The footer's lines: the sources and the credits, wrapped to the page's width, with the notice at the
     * right end of the first line when it fits there and on a line of its own when not.
     */
    private List<FooterLine> footer(Figure figure) {
        FigureTexts texts = figure.texts();
        boolean credits = figure.spec().has(Furniture.CREDITS);
        boolean notice = figure.spec().has(Furniture.NOTICE);
        PageLayout bare = PageLayout.of(figure.page(), false, 0);
        double width = bare.footer().getWidth();
        Font regular = fonts.font((float) bare.footerSize(), false);
        Font bold = fonts.font((float) bare.footerSize(), true);
        double noticeWidth = notice ? bold.getStringBounds(texts.notice(), MEASURE).getWidth() : 0;
        List<FooterLine> lines = new ArrayList<>();
        if (credits) {
            for (String line : wrap(texts.sources(), regular, width)) {
                lines.add(new FooterLine(line, ""));
            }
            for (String line : wrap(texts.credits(), regular, width)) {
                lines.add(new FooterLine(line, ""));
            }
        }
        if (notice) {
            FooterLine first = lines.isEmpty() ? null : lines.get(0);
            double gap = bare.footerSize() * 2;
            double firstWidth = first == null ? 0 : regular.getStringBounds(first.left(), MEASURE).getWidth();
            if (first != null && firstWidth + gap + noticeWidth <= width) {
                lines.set(0, new FooterLine(first.left(), texts.notice()));
            } else {
                lines.add(new FooterLine("", texts.notice()));
            }
        }
        return lines;
    }

    private void paintFooterLine(Graphics2D g, FooterLine line, PageLayout layout, int index) {
        Rectangle2D footer = layout.footer();
        float size = (float) layout.footerSize();
        Font regular = fonts.font(size, false);
        Font bold = fonts.font(size, true);
        regular = fitting(regular, line.left(), footer.getWidth());
        bold = fitting(bold, line.right(), footer.getWidth());
        double rightWidth = line.right().isEmpty() ? 0 : bold.getStringBounds(line.right(), MEASURE).getWidth();
        float baseline = (float) layout.footerBaseline(index);
        g.setColor(FOOTER_INK);
        if (!line.left().isEmpty()) {
            g.setFont(regular);
            g.drawString(line.left(), (float) footer.getX(), baseline);
        }
        if (!line.right().isEmpty()) {
            g.setColor(INK);
            g.setFont(bold);
            g.drawString(line.right(), (float) (footer.getMaxX() - rightWidth), baseline);
        }
    }

    /** The font, made smaller if the text would not fit the width at its size. */
    private static Font fitting(Font font, String text, double width) {
        double textWidth = font.getStringBounds(text, MEASURE).getWidth();
        return textWidth <= width ? font : font.deriveFont((float) (font.getSize2D() * width / textWidth));
    }

    /** The lines a text breaks into on the page, measured in the font it is set in. */
    private static List<String> wrap(String text, Font font, double width) {
        return TextLines.of(text, line -> font.getStringBounds(line, MEASURE).getWidth(), width);
    }
}
