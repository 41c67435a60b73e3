// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;

/**
 * Paints Table 2 as a grouped bar chart on any {@link Graphics2D}: one group per industry, one bar per city
 * cluster, the height its printed national share. The selected industry's group is marked and its bars
 * carry their values. The same code paints the screen (through FXGraphics2D) and exported figures.
 */
public final class GroupedBarChartPainter {

    /** Dark2 (ColorBrewer), a qualitative scheme; the first colour goes to the first cluster, Chengdu–Chongqing. */
    private static final Color[] SERIES = {
        new Color(0xD9, 0x5F, 0x02), new Color(0x1B, 0x9E, 0x77), new Color(0x75, 0x70, 0xB3), new Color(0xE7, 0x29, 0x8A)
    };
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color SELECTED_BAND = new Color(0xFF, 0xF2, 0xCC);
    private static final double GRID_STEP = 5;

    private final FontSet fonts;

    public GroupedBarChartPainter(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The words around the data, resolved by the caller in the chart's language. */
    public record Captions(String axis, String source) {
    }

    /** One bar as laid out: which cluster and industry, its value in per cent, where it is drawn. */
    public record Bar(String clusterId, int industry, double percent, Rectangle2D box) {
    }

    public static Color seriesColour(int cluster) {
        return SERIES[cluster % SERIES.length];
    }

    /** The bars of the chart in {@code area}, without painting: what the chart shows, for tests and hit-testing. */
    public List<Bar> bars(ProjectTable table, Rectangle2D area, double pixelScale) {
        Rectangle2D plot = plot(area, pixelScale);
        double top = scaleTop(table);
        int groups = table.industries().size();
        int series = table.clusters().size();
        double groupWidth = plot.getWidth() / groups;
        double barWidth = groupWidth * 0.8 / series;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < groups; i++) {
            for (int c = 0; c < series; c++) {
                double percent = table.clusters().get(c).shares().get(i).percent().doubleValue();
                double height = plot.getHeight() * percent / top;
                double x = plot.getX() + i * groupWidth + groupWidth * 0.1 + c * barWidth;
                bars.add(new Bar(table.clusters().get(c).clusterId(), i, percent,
                        new Rectangle2D.Double(x, plot.getMaxY() - height, barWidth, height)));
            }
        }
        return bars;
    }

    public void paint(Graphics2D g, Rectangle2D area, ProjectTable table, int selectedIndustry, Language language,
                      Captions captions, double pixelScale) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fill(area);
        double s = pixelScale;
        Font title = fonts.font((float) (13 * s), true);
        Font small = fonts.font((float) (10.5 * s), false);
        double y = area.getY() + 6 * s;
        y = wrap(g, table.title().get(language) + " (" + table.year() + ")", title, area.getX() + 8 * s,
                y, area.getWidth() - 16 * s);
        y = legend(g, table, language, small, area.getX() + 8 * s, y + 4 * s, area.getWidth() - 16 * s, s);
        Rectangle2D plot = plot(area, s);
        double groupWidth = plot.getWidth() / table.industries().size();
        if (selectedIndustry >= 0) {
            g.setColor(SELECTED_BAND);
            g.fill(new Rectangle2D.Double(plot.getX() + selectedIndustry * groupWidth, plot.getY(), groupWidth,
                    plot.getHeight()));
        }
        grid(g, table, plot, small, captions.axis(), s);
        List<Bar> bars = bars(table, area, s);
        for (Bar bar : bars) {
            g.setColor(seriesColour(indexOf(table, bar.clusterId())));
            g.fill(bar.box());
        }
        for (Bar bar : bars) {
            if (bar.industry() == selectedIndustry) {
                valueLabel(g, bar, small, s);
            }
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke((float) s));
        g.draw(new java.awt.geom.Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        for (int i = 0; i < table.industries().size(); i++) {
            Font font = fonts.font((float) (10.5 * s), i == selectedIndustry);
            centredWrap(g, table.industries().get(i).name().get(language), font,
                    plot.getX() + i * groupWidth + groupWidth / 2, plot.getMaxY() + 4 * s, groupWidth - 4 * s);
        }
        g.setFont(small);
        g.setColor(TEXT);
        wrap(g, captions.source(), small, area.getX() + 8 * s, area.getMaxY() - sourceHeight(s), area.getWidth() - 16 * s);
    }

    private static int indexOf(ProjectTable table, String clusterId) {
        for (int i = 0; i < table.clusters().size(); i++) {
            if (table.clusters().get(i).clusterId().equals(clusterId)) {
                return i;
            }
        }
        return 0;
    }

    /** The plot area: below title and legend, above the industry names and the source line. */
    private static Rectangle2D plot(Rectangle2D area, double s) {
        double left = area.getX() + 44 * s;
        double top = area.getY() + 78 * s;
        double right = area.getMaxX() - 10 * s;
        double bottom = area.getMaxY() - sourceHeight(s) - 58 * s;
        return new Rectangle2D.Double(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
    }

    private static double sourceHeight(double s) {
        return 30 * s;
    }

    /** The top of the value axis: the largest share rounded up to the grid step. */
    private static double scaleTop(ProjectTable table) {
        return Math.max(GRID_STEP, Math.ceil(table.maxShare() / GRID_STEP) * GRID_STEP);
    }

    private void grid(Graphics2D g, ProjectTable table, Rectangle2D plot, Font font, String axis, double s) {
        double top = scaleTop(table);
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        for (double v = 0; v <= top + 1e-9; v += GRID_STEP) {
            double y = plot.getMaxY() - plot.getHeight() * v / top;
            g.setColor(GRID);
            g.setStroke(new BasicStroke((float) s));
            g.draw(new java.awt.geom.Line2D.Double(plot.getX(), y, plot.getMaxX(), y));
            String label = String.format(Locale.ROOT, "%.0f%%", v);
            g.setColor(TEXT);
            g.drawString(label, (float) (plot.getX() - 4 * s - metrics.stringWidth(label)),
                    (float) (y + metrics.getAscent() / 2.0 - 1));
        }
        g.drawString(axis, (float) (plot.getX() - 40 * s), (float) (plot.getY() - 8 * s));
    }

    private static void valueLabel(Graphics2D g, Bar bar, Font font, double s) {
        g.setFont(font);
        String text = String.format(Locale.ROOT, "%.2f", bar.percent());
        FontMetrics metrics = g.getFontMetrics();
        double x = bar.box().getCenterX();
        double y = bar.box().getY() - 3 * s;
        // Rotated, so that four labels fit over four narrow bars. The transform is restored by hand: a
        // Graphics2D from create() shares its JavaFX canvas state under FXGraphics2D.
        AffineTransform saved = g.getTransform();
        g.setColor(TEXT);
        g.rotate(-Math.PI / 2, x, y);
        g.drawString(text, (float) x, (float) (y + metrics.getAscent() / 2.0 - 2 * s));
        g.setTransform(saved);
    }

    private double legend(Graphics2D g, ProjectTable table, Language language, Font font, double x0, double y,
                          double width, double s) {
        g.setFont(font);
        FontMetrics metrics = g.getFontMetrics();
        double x = x0;
        double line = metrics.getHeight() + 2 * s;
        for (int c = 0; c < table.clusters().size(); c++) {
            String name = table.clusters().get(c).name().get(language);
            double itemWidth = 14 * s + metrics.stringWidth(name) + 12 * s;
            if (x > x0 && x + itemWidth > x0 + width) {
                x = x0;
                y += line;
            }
            g.setColor(seriesColour(c));
            g.fill(new Rectangle2D.Double(x, y + (line - 10 * s) / 2, 10 * s, 10 * s));
            g.setColor(TEXT);
            g.drawString(name, (float) (x + 14 * s), (float) (y + metrics.getAscent()));
            x += itemWidth;
        }
        return y + line;
    }

    /** Draws text left-aligned, wrapped to a width (by character, which suits Chinese and long English words alike). */
    private static double wrap(Graphics2D g, String text, Font font, double x, double y, double width) {
        g.setFont(font);
        g.setColor(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        for (String line : lines(text, metrics, width)) {
            g.drawString(line, (float) x, (float) (y + metrics.getAscent()));
            y += metrics.getHeight();
        }
        return y;
    }

    private static void centredWrap(Graphics2D g, String text, Font font, double centreX, double y, double width) {
        g.setFont(font);
        g.setColor(TEXT);
        FontMetrics metrics = g.getFontMetrics();
        for (String line : lines(text, metrics, width)) {
            g.drawString(line, (float) (centreX - metrics.stringWidth(line) / 2.0), (float) (y + metrics.getAscent()));
            y += metrics.getHeight();
        }
    }

    /** Breaks at spaces where there are any, else between characters, so no line is wider than {@code width}. */
    static List<String> lines(String text, FontMetrics metrics, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("(?<= )|(?<=[\\p{IsHan}，、（）])|(?=[\\p{IsHan}])")) {
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
}
