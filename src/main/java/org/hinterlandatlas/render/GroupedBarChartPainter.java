// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;

/**
 * Paints Table 2 as a grouped bar chart on any {@link Graphics2D}: one group per industry, one bar per city
 * cluster, the height its printed national share. The selected industry's group is marked and its bars
 * carry their values. The same code paints the screen (through FXGraphics2D) and exported figures.
 *
 * <p>Text is measured with AWT metrics of the bundled font, the same on every surface, so the layout
 * (and {@link #bars}) does not depend on where the chart is painted.
 */
public final class GroupedBarChartPainter {

    private static final Color TEXT = new Color(0x22, 0x22, 0x22);
    private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
    private static final Color SELECTED_BAND = new Color(0xFF, 0xF2, 0xCC);
    private static final double GRID_STEP = 5;
    private static final double MARGIN = 8;
    private static final double AXIS_LABELS = 36;
    private static final double VALUE_LABEL_ROOM = 30;

    private final FontSet fonts;
    private final ClusterPalette palette;
    private final Graphics2D measure = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB).createGraphics();

    /** @param palette the clusters' colours, those of the map */
    public GroupedBarChartPainter(FontSet fonts, ClusterPalette palette) {
        this.fonts = fonts;
        this.palette = palette;
    }

    /** The words around the data, resolved by the caller in the chart's language. */
    public record Captions(String axis, String source) {
    }

    /**
     * Which of the chart's own parts to paint. On screen it paints all; on a figure's page the page carries
     * the title and the source line, and the legend is furniture the teacher may leave out.
     */
    public record Parts(boolean title, boolean legend, boolean source) {

        public static final Parts ALL = new Parts(true, true, true);
    }

    /** One bar as laid out: which cluster and industry, its value in per cent, where it is drawn. */
    public record Bar(String clusterId, int industry, double percent, Rectangle2D box) {
    }

    /** Where everything goes: the wrapped title, the legend's rows, the plot, the industry names and the source. */
    private record Layout(List<String> title, List<List<Integer>> legendRows, Rectangle2D plot,
                          List<List<String>> industryNames, List<String> source) {
    }

    public ClusterPalette palette() {
        return palette;
    }

    /** The bars of the chart in {@code area}, without painting: what the chart shows, for tests and hit-testing. */
    public List<Bar> bars(ProjectTable table, Rectangle2D area, Language language, Captions captions, double pixelScale) {
        return bars(table, area, language, captions, pixelScale, Parts.ALL);
    }

    /** The bars of the chart in {@code area} when only some of its parts are painted. */
    public List<Bar> bars(ProjectTable table, Rectangle2D area, Language language, Captions captions, double pixelScale,
                          Parts parts) {
        return bars(table, layout(table, area, language, captions, pixelScale, parts).plot());
    }

    private static List<Bar> bars(ProjectTable table, Rectangle2D plot) {
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

    private Font titleFont(double s) {
        return fonts.font((float) (13 * s), true);
    }

    private Font smallFont(double s) {
        return fonts.font((float) (10.5 * s), false);
    }

    private FontMetrics metrics(Font font) {
        return measure.getFontMetrics(font);
    }

    private Layout layout(ProjectTable table, Rectangle2D area, Language language, Captions captions, double s,
                          Parts parts) {
        double width = area.getWidth() - 2 * MARGIN * s;
        FontMetrics title = metrics(titleFont(s));
        FontMetrics small = metrics(smallFont(s));
        List<String> titleLines = parts.title() ? TextLines.of(table.title().get(language), title, width) : List.of();
        List<List<Integer>> legendRows = new ArrayList<>();
        List<Integer> row = new ArrayList<>();
        double x = 0;
        for (int c = 0; parts.legend() && c < table.clusters().size(); c++) {
            double item = 14 * s + small.stringWidth(table.clusters().get(c).name().get(language)) + 12 * s;
            if (!row.isEmpty() && x + item > width) {
                legendRows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            row.add(c);
            x += item;
        }
        if (!row.isEmpty()) {
            legendRows.add(row);
        }
        double left = area.getX() + AXIS_LABELS * s + MARGIN * s;
        double plotWidth = Math.max(1, area.getMaxX() - MARGIN * s - left);
        double groupWidth = plotWidth / table.industries().size();
        List<List<String>> names = new ArrayList<>();
        int nameLines = 1;
        for (ProjectTable.Industry industry : table.industries()) {
            List<String> lines = TextLines.of(industry.name().get(language), small, groupWidth - 2 * s);
            names.add(lines);
            nameLines = Math.max(nameLines, lines.size());
        }
        List<String> source = parts.source() ? TextLines.of(captions.source(), small, width) : List.of();
        double top = area.getY() + MARGIN * s + titleLines.size() * title.getHeight()
                + (legendRows.size() + 1) * (small.getHeight() + 2 * s) + VALUE_LABEL_ROOM * s;
        double bottom = area.getMaxY() - MARGIN * s - source.size() * small.getHeight() - 6 * s
                - nameLines * small.getHeight() - 6 * s;
        return new Layout(titleLines, legendRows, new Rectangle2D.Double(left, top, plotWidth, Math.max(1, bottom - top)),
                names, source);
    }

    public void paint(Graphics2D g, Rectangle2D area, ProjectTable table, int selectedIndustry, Language language,
                      Captions captions, double pixelScale) {
        paint(g, area, table, selectedIndustry, language, captions, pixelScale, Parts.ALL);
    }

    /** Paints the chart with only some of its own parts, e.g. on a page that has its own title and sources. */
    public void paint(Graphics2D g, Rectangle2D area, ProjectTable table, int selectedIndustry, Language language,
                      Captions captions, double pixelScale, Parts parts) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        double s = pixelScale;
        Layout layout = layout(table, area, language, captions, s, parts);
        Rectangle2D plot = layout.plot();
        g.setColor(Color.WHITE);
        g.fill(area);
        Font small = smallFont(s);
        FontMetrics smallMetrics = metrics(small);
        double x0 = area.getX() + MARGIN * s;
        double y = area.getY() + MARGIN * s;
        if (!layout.title().isEmpty()) {
            y = lines(g, layout.title(), titleFont(s), x0, y) + 2 * s;
        }
        for (List<Integer> row : layout.legendRows()) {
            double x = x0;
            for (int c : row) {
                String name = table.clusters().get(c).name().get(language);
                swatch(g, table.clusters().get(c).clusterId(),
                        new Rectangle2D.Double(x, y + (smallMetrics.getHeight() - 10 * s) / 2, 10 * s, 10 * s), s);
                g.setColor(TEXT);
                g.setFont(small);
                g.drawString(name, (float) (x + 14 * s), (float) (y + smallMetrics.getAscent()));
                x += 14 * s + smallMetrics.stringWidth(name) + 12 * s;
            }
            y += smallMetrics.getHeight() + 2 * s;
        }
        g.setFont(small);
        g.drawString(captions.axis(), (float) x0, (float) (y + smallMetrics.getAscent()));

        double groupWidth = plot.getWidth() / table.industries().size();
        if (selectedIndustry >= 0) {
            g.setColor(SELECTED_BAND);
            g.fill(new Rectangle2D.Double(plot.getX() + selectedIndustry * groupWidth,
                    plot.getY() - VALUE_LABEL_ROOM * s, groupWidth, plot.getHeight() + VALUE_LABEL_ROOM * s));
        }
        grid(g, table, plot, small, s);
        List<Bar> bars = bars(table, plot);
        for (Bar bar : bars) {
            swatch(g, bar.clusterId(), bar.box(), s);
        }
        for (Bar bar : bars) {
            if (bar.industry() == selectedIndustry) {
                valueLabel(g, bar, small, s);
            }
        }
        g.setColor(TEXT);
        g.setStroke(new BasicStroke((float) s));
        g.draw(new Line2D.Double(plot.getX(), plot.getMaxY(), plot.getMaxX(), plot.getMaxY()));
        for (int i = 0; i < table.industries().size(); i++) {
            Font font = fonts.font((float) (10.5 * s), i == selectedIndustry);
            double centre = plot.getX() + i * groupWidth + groupWidth / 2;
            double ly = plot.getMaxY() + 4 * s;
            g.setFont(font);
            FontMetrics m = metrics(font);
            for (String line : layout.industryNames().get(i)) {
                g.drawString(line, (float) (centre - m.stringWidth(line) / 2.0), (float) (ly + m.getAscent()));
                ly += m.getHeight();
            }
        }
        lines(g, layout.source(), small, x0, area.getMaxY() - MARGIN * s - layout.source().size() * smallMetrics.getHeight());
    }

    /** A bar or a legend key: the cluster's colour, hatching when it shares its role, and its outline. */
    private void swatch(Graphics2D g, String clusterId, Rectangle2D box, double s) {
        g.setColor(palette.colour(clusterId));
        g.fill(box);
        if (palette.hatched(clusterId)) {
            Hatching.paint(g, box, palette.outline(clusterId), s);
        }
        g.setColor(palette.outline(clusterId));
        g.setStroke(new BasicStroke((float) s));
        g.draw(box);
    }

    /** The top of the value axis: the largest share rounded up to the grid step. */
    private static double scaleTop(ProjectTable table) {
        return Math.max(GRID_STEP, Math.ceil(table.maxShare() / GRID_STEP) * GRID_STEP);
    }

    private void grid(Graphics2D g, ProjectTable table, Rectangle2D plot, Font font, double s) {
        double top = scaleTop(table);
        g.setFont(font);
        FontMetrics metrics = metrics(font);
        for (double v = 0; v <= top + 1e-9; v += GRID_STEP) {
            double y = plot.getMaxY() - plot.getHeight() * v / top;
            g.setColor(GRID);
            g.setStroke(new BasicStroke((float) s));
            g.draw(new Line2D.Double(plot.getX(), y, plot.getMaxX(), y));
            String label = String.format(Locale.ROOT, "%.0f%%", v);
            g.setColor(TEXT);
            g.drawString(label, (float) (plot.getX() - 4 * s - metrics.stringWidth(label)),
                    (float) (y + metrics.getAscent() / 2.0 - 1));
        }
    }

    private void valueLabel(Graphics2D g, Bar bar, Font font, double s) {
        g.setFont(font);
        String text = String.format(Locale.ROOT, "%.2f", bar.percent());
        FontMetrics metrics = metrics(font);
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

    private double lines(Graphics2D g, List<String> lines, Font font, double x, double y) {
        g.setFont(font);
        g.setColor(TEXT);
        FontMetrics metrics = metrics(font);
        for (String line : lines) {
            g.drawString(line, (float) x, (float) (y + metrics.getAscent()));
            y += metrics.getHeight();
        }
        return y;
    }
}
