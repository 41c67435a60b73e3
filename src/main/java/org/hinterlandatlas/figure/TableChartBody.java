// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.GroupedBarChartPainter;

/**
 * A table's grouped bar chart as the body of a page, painted by the same {@link GroupedBarChartPainter} as
 * the evidence panel. The page carries the title and the source line, so the chart leaves out its own; its
 * legend of the clusters is the figure's legend. Text grows with the page, so that an A3 sheet or a slide
 * reads as well as an A4 one.
 */
public final class TableChartBody implements PageBody {

    /** The height of the body, in CSS pixels, at which the chart is drawn at its screen size. */
    private static final double NATURAL_HEIGHT = 480;
    private static final double MIN_SCALE = 0.6;
    private static final double MAX_SCALE = 4;

    private final GroupedBarChartPainter painter;
    private final ProjectTable table;
    private final int industry;
    private final Language language;
    private final GroupedBarChartPainter.Captions captions;
    private final GroupedBarChartPainter.Parts parts;

    /**
     * @param industry the index of the industry marked on the chart
     * @param legend   whether the clusters' legend is drawn
     */
    public TableChartBody(GroupedBarChartPainter painter, ProjectTable table, int industry, Language language,
                          GroupedBarChartPainter.Captions captions, boolean legend) {
        this.painter = painter;
        this.table = table;
        this.industry = industry;
        this.language = language;
        this.captions = captions;
        this.parts = new GroupedBarChartPainter.Parts(false, legend, false);
    }

    /** The dataset the chart shows. */
    public ProjectTable table() {
        return table;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        painter.paint(g, new Rectangle2D.Double(0, 0, width, height), table, industry, language, captions,
                scale(width, height), parts);
    }

    /** The bars as they are laid out in a body of this size. */
    public List<GroupedBarChartPainter.Bar> bars(double width, double height) {
        return painter.bars(table, new Rectangle2D.Double(0, 0, width, height), language, captions,
                scale(width, height), parts);
    }

    private static double scale(double width, double height) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(height, width * 0.75) / NATURAL_HEIGHT));
    }
}
