// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.figure.FigureTexts;
import org.hinterlandatlas.figure.PageBody;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.quiz.QuizItem;

/**
 * A blank-map worksheet: the map with no label, a numbered marker on each place asked, and a table with a
 * row per number — empty to fill in, or, for the answer key, with the names.
 */
final class WorksheetBody implements PageBody {

    /** The part of the body the map takes; the table has the rest. */
    private static final double MAP_SHARE = 0.62;
    private static final double PAD = 14;
    private static final double MARKER_RADIUS = 9;
    private static final double MAX_ROW = 30;
    private static final Color INK = new Color(0x222222);
    private static final Color RULE = new Color(0x7d7263);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final MapPainter painter;
    private final AtlasContent content;
    private final BaseMapData baseMap;
    private final MapState state;
    private final Language language;
    private final FigureTexts texts;
    private final List<QuizItem> places;
    private final boolean answers;
    private final String instructions;
    private final String numberHeading;
    private final String nameHeading;

    /**
     * @param places  the places in the order of their numbers (the first is 1)
     * @param answers whether the table holds the names (the answer key) or stays empty (the worksheet)
     */
    WorksheetBody(MapPainter painter, AtlasContent content, BaseMapData baseMap, MapState state, Language language,
                  FigureTexts texts, List<QuizItem> places, boolean answers, String instructions,
                  String numberHeading, String nameHeading) {
        this.painter = painter;
        this.content = content;
        this.baseMap = baseMap;
        this.state = state;
        this.language = language;
        this.texts = texts;
        this.places = List.copyOf(places);
        this.answers = answers;
        this.instructions = instructions;
        this.numberHeading = numberHeading;
        this.nameHeading = nameHeading;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        boolean beside = width > height;
        Rectangle2D map = beside ? new Rectangle2D.Double(0, 0, width * MAP_SHARE, height)
                : new Rectangle2D.Double(0, 0, width, height * MAP_SHARE);
        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.clip(map);
        paintMap(g, map.getWidth(), map.getHeight());
        g.setTransform(transform);
        g.setClip(clip);
        g.setColor(RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(beside ? new Line2D.Double(map.getMaxX(), 0, map.getMaxX(), height)
                : new Line2D.Double(0, map.getMaxY(), width, map.getMaxY()));
        Rectangle2D table = beside ? new Rectangle2D.Double(map.getMaxX() + PAD, PAD, width - map.getMaxX() - 2 * PAD,
                height - 2 * PAD) : new Rectangle2D.Double(PAD, map.getMaxY() + PAD, width - 2 * PAD,
                height - map.getMaxY() - 2 * PAD);
        paintTable(g, table);
    }

    private void paintMap(Graphics2D g, double width, double height) {
        Viewport viewport = Viewport.fitting(state.southWest().lon(), state.southWest().lat(),
                state.northEast().lon(), state.northEast().lat(), width, height, 0);
        MapFrame frame = MapFrame.of(viewport, EnumSet.of(MapFrame.Part.SCALE_BAR, MapFrame.Part.NORTH_ARROW));
        OverlayScene scene = new OverlayScene(content, baseMap, state.layers(), language, Set.of());
        painter.paintBase(g, viewport, baseMap, state.layers());
        painter.paintOverlay(g, painter.resolve(scene, viewport, frame).withoutLabels());
        for (int i = 0; i < places.size(); i++) {
            GeoPoint at = places.get(i).shape().get(0);
            marker(g, viewport.screenX(WebMercator.worldX(at.lon())), viewport.screenY(WebMercator.worldY(at.lat())),
                    String.valueOf(i + 1));
        }
        painter.paintFurniture(g, frame, viewport, baseMap,
                new MapPainter.FurnitureWords(texts.northLetter(), texts.insetCaption()));
    }

    /** A numbered disc beside the place's symbol, pointing at it, so it hides neither the symbol nor its neighbours. */
    private void marker(Graphics2D g, double x, double y, String number) {
        double cx = x + MARKER_RADIUS * 1.3;
        double cy = y - MARKER_RADIUS * 1.3;
        g.setStroke(new BasicStroke(1.2f));
        g.setColor(INK);
        g.draw(new Line2D.Double(x, y, cx, cy));
        Ellipse2D disc = new Ellipse2D.Double(cx - MARKER_RADIUS, cy - MARKER_RADIUS, 2 * MARKER_RADIUS,
                2 * MARKER_RADIUS);
        g.setColor(Color.WHITE);
        g.fill(disc);
        g.setColor(INK);
        g.draw(disc);
        Font font = painter.fonts().font(11, true);
        g.setFont(font);
        Rectangle2D bounds = font.getStringBounds(number, MEASURE);
        g.drawString(number, (float) (cx - bounds.getWidth() / 2), (float) (cy + 4));
    }

    private void paintTable(Graphics2D g, Rectangle2D area) {
        double top = area.getY();
        top += TextBlock.paint(g, painter.fonts(), List.of(new TextBlock.Paragraph(instructions, 13, false)),
                area.getX(), top, area.getWidth(), 60);
        int columns = area.getWidth() > 420 ? 2 : 1;
        int perColumn = (places.size() + columns - 1) / columns;
        double row = Math.min(MAX_ROW, (area.getMaxY() - top) / (perColumn + 1));
        double columnWidth = (area.getWidth() - (columns - 1) * PAD) / columns;
        double numberWidth = Math.min(56, columnWidth * 0.25);
        Font bold = painter.fonts().font((float) Math.min(13, row * 0.5), true);
        Font regular = painter.fonts().font((float) Math.min(13, row * 0.5), false);
        for (int c = 0; c < columns; c++) {
            double x = area.getX() + c * (columnWidth + PAD);
            int first = c * perColumn;
            int last = Math.min(places.size(), first + perColumn);
            if (first >= last) {
                break;
            }
            cell(g, bold, numberHeading, x, top, numberWidth, row);
            cell(g, bold, nameHeading, x + numberWidth, top, columnWidth - numberWidth, row);
            for (int i = first; i < last; i++) {
                double y = top + (i - first + 1) * row;
                cell(g, regular, String.valueOf(i + 1), x, y, numberWidth, row);
                cell(g, regular, answers ? places.get(i).name().get(language) : "", x + numberWidth, y,
                        columnWidth - numberWidth, row);
            }
        }
    }

    private static void cell(Graphics2D g, Font font, String text, double x, double y, double width, double height) {
        g.setStroke(new BasicStroke(0.6f));
        g.setColor(RULE);
        g.draw(new Rectangle2D.Double(x, y, width, height));
        if (!text.isEmpty()) {
            g.setColor(INK);
            g.setFont(font);
            g.drawString(text, (float) (x + 6), (float) (y + height / 2 + font.getSize2D() * 0.36));
        }
    }
}
