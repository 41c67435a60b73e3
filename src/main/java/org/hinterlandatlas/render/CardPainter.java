// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.style.MapStyle;

/**
 * Measures and paints the cards on the map: a white card with a title, a close box in its top right corner,
 * and either legend rows (drawn by the legend painter, so they match the side panel and the figures) or a
 * feature's facts wrapped to the card's width.
 */
final class CardPainter {

    static final double PAD = 10;
    static final double CLOSE = 18;
    private static final double TITLE_SIZE = 14;
    private static final double TEXT_SIZE = 12;
    private static final double LINE = 17;
    /** Readable width of a details card; a legend card is as wide as its longest row. */
    static final double DETAILS_WIDTH = 280;
    private static final Color BORDER = new Color(0x7d7263);
    private static final Color MUTED = new Color(0x6b5f52);

    private final MapStyle style;
    private final FontSet fonts;
    private final LegendPainter legend;

    CardPainter(MapStyle style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
        this.legend = new LegendPainter(style, fonts);
    }

    /**
     * The card's natural size, no taller than {@code maxHeight}: a legend too long for one column of that
     * height goes into two, and then drops its last rows.
     */
    double[] size(MapCard card, double maxHeight) {
        double titleWidth = width(fonts.font((float) TITLE_SIZE, true), card.title()) + CLOSE + 2 * PAD + 6;
        if (card instanceof MapCard.Legend l) {
            List<List<LegendEntry>> columns = columns(l, maxHeight);
            double width = 0;
            int rows = 0;
            for (List<LegendEntry> column : columns) {
                width += legend.width(column, l.text()) + PAD;
                rows = Math.max(rows, column.size());
            }
            return new double[] {Math.max(titleWidth, width + PAD), header(card, titleWidth)
                    + rows * LegendPainter.ROW + PAD};
        }
        MapCard.Details d = (MapCard.Details) card;
        double width = Math.max(DETAILS_WIDTH, Math.min(titleWidth, DETAILS_WIDTH * 1.4));
        return new double[] {width, Math.min(maxHeight, header(card, width) + detailLines(d).size() * LINE + PAD)};
    }

    /** The title's lines, wrapped to a card this wide beside the close box. */
    private List<String> titleLines(MapCard card, double cardWidth) {
        Font font = fonts.font((float) TITLE_SIZE, true);
        return TextLines.of(card.title(), s -> width(font, s), cardWidth - CLOSE - 2 * PAD - 6);
    }

    private double header(MapCard card, double cardWidth) {
        return PAD + titleLines(card, cardWidth).size() * TITLE_SIZE * 1.3 + TITLE_SIZE * 0.3;
    }

    private static List<List<LegendEntry>> columns(MapCard.Legend card, double maxHeight) {
        int fit = (int) Math.max(1, (maxHeight - PAD - TITLE_SIZE * 1.6 - PAD) / LegendPainter.ROW);
        List<LegendEntry> entries = card.entries().subList(0, Math.min(card.entries().size(), 2 * fit));
        int perColumn = entries.size() <= fit ? fit : (entries.size() + 1) / 2;
        List<List<LegendEntry>> columns = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += perColumn) {
            columns.add(entries.subList(i, Math.min(entries.size(), i + perColumn)));
        }
        return columns;
    }

    void paint(Graphics2D g, PlacedCard placed) {
        Rectangle2D box = placed.box();
        g.setColor(new Color(255, 255, 255, 238));
        RoundRectangle2D shape = new RoundRectangle2D.Double(box.getX(), box.getY(), box.getWidth(), box.getHeight(), 6, 6);
        g.fill(shape);
        g.setColor(BORDER);
        g.setStroke(new BasicStroke(1f));
        g.draw(shape);
        Rectangle2D close = placed.closeBox();
        double c = 5;
        g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(close.getX() + c, close.getY() + c, close.getMaxX() - c, close.getMaxY() - c));
        g.draw(new Line2D.Double(close.getMaxX() - c, close.getY() + c, close.getX() + c, close.getMaxY() - c));
        g.setFont(fonts.font((float) TITLE_SIZE, true));
        g.setColor(style.overlay().furniture().color());
        List<String> title = titleLines(placed.card(), box.getWidth());
        for (int i = 0; i < title.size(); i++) {
            g.drawString(title.get(i), (float) (box.getX() + PAD), (float) (box.getY() + PAD + TITLE_SIZE
                    + i * TITLE_SIZE * 1.3));
        }
        double top = box.getY() + header(placed.card(), box.getWidth());
        if (placed.card() instanceof MapCard.Legend l) {
            double x = box.getX() + PAD;
            for (List<LegendEntry> column : columns(l, box.getHeight() + 1)) {
                legend.paint(g, column, l.text(), x, top - 4);
                x += legend.width(column, l.text()) + PAD;
            }
            return;
        }
        Font text = fonts.font((float) TEXT_SIZE, false);
        g.setFont(text);
        double y = top + TEXT_SIZE;
        for (Line line : detailLines((MapCard.Details) placed.card())) {
            if (y > box.getMaxY() - PAD / 2) {
                break;
            }
            g.setColor(line.muted ? MUTED : style.overlay().furniture().color());
            g.drawString(line.text, (float) (box.getX() + PAD), (float) y);
            y += LINE;
        }
    }

    /** One line of a details card, wrapped already; the lines of the feature's kind are muted. */
    private record Line(String text, boolean muted) {
    }

    private List<Line> detailLines(MapCard.Details card) {
        Font text = fonts.font((float) TEXT_SIZE, false);
        double width = DETAILS_WIDTH - 2 * PAD;
        List<Line> lines = new ArrayList<>();
        for (String part : TextLines.of(card.kind() + (card.subtitle().isBlank() ? "" : " · " + card.subtitle()),
                s -> width(text, s), width)) {
            lines.add(new Line(part, true));
        }
        for (MapCard.Details.Row row : card.rows()) {
            // "Rank: main node", wrapped as one paragraph: a card has no room for a column of labels
            String separator = row.label().matches(".*\\p{IsHan}$") ? "：" : ": ";
            for (String part : TextLines.of(row.label() + separator + row.value(), s -> width(text, s), width)) {
                lines.add(new Line(part, false));
            }
        }
        return lines;
    }

    private static double width(Font font, String text) {
        return font.getStringBounds(text, LabelPlacer.MEASURE).getWidth();
    }
}
