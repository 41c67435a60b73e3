// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.function.Function;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/** Draws legend rows with the same symbols and strokes as the map painter. */
public final class LegendPainter {

    static final double ROW = 22;
    private static final double SWATCH = 28;
    private static final double TEXT_INDENT = SWATCH + 8;
    /** The distance between the lines of a wrapped row, for 12 pt text. */
    private static final double LINE = 15;

    private final MapStyle style;
    private final FontSet fonts;

    public LegendPainter(MapStyle style, FontSet fonts) {
        this.style = style;
        this.fonts = fonts;
    }

    /** The height the rows need, each on one line. */
    public static double height(List<LegendEntry> entries) {
        return entries.size() * ROW;
    }

    /**
     * The height the rows need when no row may be wider than {@code width}: a text too long for it wraps
     * onto further lines of its row rather than being cut at the panel's edge.
     */
    public double height(List<LegendEntry> entries, Function<String, String> text, double width) {
        double height = 0;
        for (LegendEntry entry : entries) {
            height += rowHeight(lines(text.apply(entry.messageKey()), width).size());
        }
        return height;
    }

    /** The width the rows need: symbol, gap and the longest text. */
    public double width(List<LegendEntry> entries, Function<String, String> text) {
        Font font = fonts.font(12f, false);
        double widest = 0;
        for (LegendEntry entry : entries) {
            String words = text.apply(entry.messageKey());
            widest = Math.max(widest, font.getStringBounds(words, LabelPlacer.MEASURE).getWidth());
        }
        return TEXT_INDENT + widest;
    }

    /** Paints the rows from (x, y) downwards; {@code text} turns each entry's message key into its text. */
    public void paint(Graphics2D g, List<LegendEntry> entries, Function<String, String> text, double x, double y) {
        paint(g, entries, text, x, y, Double.POSITIVE_INFINITY);
    }

    /**
     * Paints the rows from (x, y) downwards within {@code width}, wrapping a row's text under its first line
     * where it is too long; a row of one line is laid out as by {@link #paint(Graphics2D, List, Function,
     * double, double)}.
     */
    public void paint(Graphics2D g, List<LegendEntry> entries, Function<String, String> text, double x, double y,
            double width) {
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        Font font = fonts.font(12f, false);
        MapStyle.Overlay o = style.overlay();
        double top = y;
        for (LegendEntry entry : entries) {
            List<String> lines = lines(text.apply(entry.messageKey()), width);
            double cy = top + 0.5 * ROW;
            double cx = x + SWATCH / 2;
            paintSymbol(g, entry, cx, cy, o);
            g.setColor(o.furniture().color());
            g.setFont(font);
            for (int line = 0; line < lines.size(); line++) {
                g.drawString(lines.get(line), (float) (x + TEXT_INDENT),
                        (float) (cy + font.getSize2D() * 0.35 + line * LINE));
            }
            top += rowHeight(lines.size());
        }
    }

    /** The row's text in lines no wider than what {@code width} leaves beside the symbol. */
    private List<String> lines(String words, double width) {
        if (Double.isInfinite(width)) {
            return List.of(words);
        }
        Font font = fonts.font(12f, false);
        double room = Math.max(SWATCH, width - TEXT_INDENT);
        return TextLines.of(words, w -> font.getStringBounds(w, LabelPlacer.MEASURE).getWidth(), room);
    }

    private static double rowHeight(int lines) {
        return ROW + (Math.max(1, lines) - 1) * LINE;
    }

    private void paintSymbol(Graphics2D g, LegendEntry entry, double cx, double cy, MapStyle.Overlay o) {
        double half = SWATCH / 2;
        Line2D line = new Line2D.Double(cx - half, cy, cx + half, cy);
        Rectangle2D box = new Rectangle2D.Double(cx - half, cy - 7, 2 * half, 14);
        switch (entry.symbol()) {
            case NODE -> NodeSymbols.paint(g, PlaceRole.NODE, Tier.valueOf(entry.variant()),
                    o.nodes().get(Tier.valueOf(entry.variant())), cx, cy, 1);
            case PLACE_ROLE -> {
                PlaceRole role = PlaceRole.valueOf(entry.variant());
                NodeSymbols.paint(g, role, Tier.EXTERNAL,
                        role == PlaceRole.HISTORIC_SITE ? o.historicSite() : o.nodes().get(Tier.EXTERNAL), cx, cy, 1);
            }
            case CORRIDOR, CORRIDOR_UNDER_CONSTRUCTION -> {
                MapStyle.Line corridor = o.corridors().byType().get(CorridorType.valueOf(entry.variant()));
                float[] dash = entry.symbol() == LegendEntry.Symbol.CORRIDOR ? new float[0]
                        : o.corridors().underConstructionDash();
                stroke(g, line, new MapStyle.Line(o.corridors().casing(), corridor.width() + 2, new float[0]));
                stroke(g, line, new MapStyle.Line(corridor.color(), corridor.width(), dash));
            }
            case FLOW -> new FlowPainter(o).paintKey(g, FlowKind.valueOf(entry.variant()), cx, cy, half);
            case FLOW_SOURCE -> {
                Color colour = o.flows().byKind().get(FlowKind.valueOf(entry.variant())).color();
                area(g, box, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), o.flows().areaAlpha()),
                        colour);
            }
            case CIRCLE_OUTLINE -> stroke(g, line, new MapStyle.Line(o.circle().outline(), o.circle().width(), new float[0]));
            case CIRCLE_FULL -> area(g, box, o.circle().fill(), o.circle().outline());
            case CIRCLE_PARTIAL -> {
                area(g, box, o.circle().fill(), o.circle().outline());
                Hatching.paint(g, box, o.circle().hatch());
            }
            case CLUSTER -> {
                MapStyle.Area area = o.clusters().get(ClusterRole.valueOf(entry.variant()));
                area(g, box, area.fill(), area.outline());
            }
            case HINTERLAND -> area(g, box, o.hinterland().fill(), o.hinterland().outline());
            case NATIONAL_BORDER -> stroke(g, line, style.base().nationalBorder());
            case PROVINCE_LINE -> stroke(g, line, style.base().provinceLine());
            case PREFECTURE_LINE -> stroke(g, line, style.base().prefectureLine());
            case RIVER -> stroke(g, line, new MapStyle.Line(style.base().river(), style.base().riverWidth(1), new float[0]));
            case LAKE -> area(g, box, style.base().lake().fill(), style.base().lake().outline());
        }
    }

    private static void stroke(Graphics2D g, Shape shape, MapStyle.Line line) {
        g.setColor(line.color());
        g.setStroke(Strokes.of(line));
        g.draw(shape);
    }

    private static void area(Graphics2D g, Rectangle2D box, java.awt.Color fill, java.awt.Color outline) {
        g.setColor(fill);
        g.fill(box);
        g.setColor(outline);
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
    }
}
