// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.render.VectorTarget;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.SVGHints;
import org.jfree.svg.SVGUnits;
import org.jfree.svg.ViewBox;

/**
 * A figure as SVG in points. Text becomes glyph outlines, so the figure looks the same where Noto Sans SC is
 * not installed; the view state goes into a metadata element. Ids and numbers are fixed (two decimals for
 * coordinates), so the same figure always gives the same file and a change shows as a readable diff.
 */
public final class SvgFigureWriter implements FigureWriter {

    @Override
    public void write(Figure figure, PagePainter painter, OutputStream out, ExportProgress progress)
            throws IOException {
        String svg = svg(figure, painter);
        progress.worked(0.7);
        progress.checkCancelled();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writer.write(svg);
        writer.write('\n');
        writer.flush();
        progress.worked(1);
    }

    static String svg(Figure figure, PagePainter painter) {
        double width = figure.page().widthPt();
        double height = figure.page().heightPt();
        SVGGraphics2D g = new SVGGraphics2D(width, height, SVGUnits.PT);
        g.setDefsKeyPrefix("figure-");
        g.setGeomDoubleConverter(value -> Decimals.format(value, 2));
        g.setTransformDoubleConverter(value -> Decimals.format(value, 4));
        g.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setRenderingHint(VectorTarget.KEY, Boolean.TRUE);
        painter.paint(new FontCarryingGraphics(g), figure);
        // The view box equals the page in points, so one user unit is one point at the page's printed size.
        String element = g.getSVGElement(null, true, new ViewBox(0, 0, width, height), null, null);
        StringBuilder head = new StringBuilder();
        head.append("<title>").append(Xml.escape(figure.spec().title())).append("</title>");
        figure.state().ifPresent(state -> head.append("<metadata id=\"").append(FigureStateCodec.KEY).append("\">")
                .append(Xml.escape(FigureStateCodec.encode(state))).append("</metadata>"));
        int openEnd = element.indexOf('>', element.indexOf("<svg")) + 1;
        return oneElementPerLine(element.substring(0, openEnd) + head + element.substring(openEnd));
    }

    /** Breaks the line between elements; with no text elements, no whitespace that matters is added. */
    private static String oneElementPerLine(String svg) {
        StringBuilder out = new StringBuilder(svg.length() + svg.length() / 50);
        for (int i = 0; i < svg.length(); i++) {
            char c = svg.charAt(i);
            out.append(c);
            if (c == '>' && i + 1 < svg.length() && svg.charAt(i + 1) == '<') {
                out.append('\n');
            }
        }
        return out.toString();
    }
}
