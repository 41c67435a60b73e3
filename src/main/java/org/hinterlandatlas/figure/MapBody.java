// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.Legend;
import org.hinterlandatlas.render.LegendEntry;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;

/**
 * A map as the body of a page, painted by the same {@link MapPainter} as the screen: the base straight from
 * the in-memory geometry (no tiles), then the overlay, whose labels are placed afresh for the page's size.
 *
 * <p>With a legend, the legend, scale bar and north arrow stand in a panel beside the map (below it on a
 * portrait page), so that they hide no part of it; without one, the scale bar and north arrow sit in the
 * map's corners and the labels keep clear of them.
 */
public final class MapBody implements PageBody {

    /** Free space around the furniture, in CSS pixels. */
    private static final double PAD = 12;
    private static final double LEGEND_TITLE = 13;
    /** The legend painter's row height. */
    private static final double ROW = 22;
    private static final double SCALE_BAR_WIDTH = 200;
    private static final double SCALE_BAR_HEIGHT = 30;
    private static final double NORTH_HEIGHT = 60;
    /** The largest part of the body's width (beside) or height (below) the furniture panel may take. */
    private static final double PANEL_SHARE = 0.3;
    private static final Color RULE = new Color(0x7d7263);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    private final MapPainter painter;
    private final LegendPainter legendPainter;
    private final AtlasContent content;
    private final BaseMapData baseMap;
    private final MapState state;
    private final Set<Furniture> furniture;
    private final FigureTexts texts;
    private final OverlayScene scene;
    private final Language language;
    private final List<Annotation> ink;

    public MapBody(MapPainter painter, LegendPainter legendPainter, AtlasContent content, BaseMapData baseMap,
                   MapState state, Language language, Set<Furniture> furniture, FigureTexts texts) {
        this(painter, legendPainter, content, baseMap, state, language, furniture, texts, List.of());
    }

    private MapBody(MapPainter painter, LegendPainter legendPainter, AtlasContent content, BaseMapData baseMap,
                    MapState state, Language language, Set<Furniture> furniture, FigureTexts texts,
                    List<Annotation> ink) {
        this.language = language;
        this.ink = List.copyOf(ink);
        this.painter = painter;
        this.legendPainter = legendPainter;
        this.content = content;
        this.baseMap = baseMap;
        this.state = state;
        this.furniture = Set.copyOf(furniture);
        this.texts = texts;
        this.scene = new OverlayScene(content, baseMap, state.layers(), language, state.highlighted());
    }

    /** This map with a teacher's ink drawn over it, as on the screen (a lesson step's figure). */
    public MapBody withInk(List<Annotation> annotations) {
        return new MapBody(painter, legendPainter, content, baseMap, state, language, furniture, texts, annotations);
    }

    /** The viewport that shows the whole state's area on a map of this size. */
    public Viewport viewport(double width, double height) {
        return Viewport.fitting(state.southWest().lon(), state.southWest().lat(), state.northEast().lon(),
                state.northEast().lat(), width, height, 0);
    }

    /** Where the map lies in a body of this size: all of it, or what the legend panel leaves. */
    public Rectangle2D mapArea(double width, double height) {
        return furniture.contains(Furniture.LEGEND) ? panel(width, height).map()
                : new Rectangle2D.Double(0, 0, width, height);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        Panel panel = furniture.contains(Furniture.LEGEND) ? panel(width, height) : null;
        Rectangle2D map = panel == null ? new Rectangle2D.Double(0, 0, width, height) : panel.map();
        Viewport viewport = viewport(map.getWidth(), map.getHeight());

        AffineTransform transform = g.getTransform();
        Shape clip = g.getClip();
        g.clip(map);
        g.translate(map.getX(), map.getY());
        paintMap(g, viewport, panel == null);
        g.setTransform(transform);
        g.setClip(clip);
        if (panel != null) {
            paintPanel(g, panel, viewport);
        }
    }

    private void paintMap(Graphics2D g, Viewport viewport, boolean furnitureOnMap) {
        MapFrame frame = frame(viewport, furnitureOnMap);
        painter.paintBase(g, viewport, baseMap, state.layers());
        painter.paintOverlay(g, painter.resolve(scene, viewport, frame));
        painter.paintInk(g, viewport, ink);
        painter.paintFurniture(g, frame, viewport, baseMap,
                new MapPainter.FurnitureWords(texts.northLetter(), texts.insetCaption()));
    }

    /** The map's frame: the scale bar and north arrow on the map when there is no panel for them. */
    private MapFrame frame(Viewport viewport, boolean furnitureOnMap) {
        Set<MapFrame.Part> parts = EnumSet.noneOf(MapFrame.Part.class);
        if (furnitureOnMap && furniture.contains(Furniture.SCALE_BAR)) {
            parts.add(MapFrame.Part.SCALE_BAR);
        }
        if (furnitureOnMap && furniture.contains(Furniture.NORTH_ARROW)) {
            parts.add(MapFrame.Part.NORTH_ARROW);
        }
        return MapFrame.of(viewport, parts);
    }

    /**
     * The frame this body draws in a body of this size, placed at ({@code x}, {@code y}) on a page whose
     * units are {@code unitsPerPixel} of the body's CSS pixels: the extent actually shown (the state's bounds
     * padded to the map's shape) and the map's rectangle on the page.
     */
    public FigureFrame drawnFrame(double x, double y, double width, double height, double unitsPerPixel) {
        Rectangle2D map = mapArea(width, height);
        Viewport viewport = viewport(map.getWidth(), map.getHeight());
        return new FigureFrame(
                new GeoPoint(WebMercator.lon(viewport.worldX(0)), WebMercator.lat(viewport.worldY(map.getHeight()))),
                new GeoPoint(WebMercator.lon(viewport.worldX(map.getWidth())), WebMercator.lat(viewport.worldY(0))),
                new Rectangle2D.Double(x + map.getX() * unitsPerPixel, y + map.getY() * unitsPerPixel,
                        map.getWidth() * unitsPerPixel, map.getHeight() * unitsPerPixel));
    }

    /**
     * Where the furniture panel goes: a column on the right of a landscape body, a band under a portrait
     * one, each sized to the legend the map needs. On a small page the panel is drawn smaller, so that it
     * never takes more than {@link #PANEL_SHARE} of the body from the map.
     */
    private Panel panel(double width, double height) {
        Viewport whole = viewport(width, height);
        List<LegendEntry> entries = Legend.entries(painter.resolve(scene, whole, MapFrame.of(whole, Set.of())));
        Font titleFont = painter.fonts().font((float) LEGEND_TITLE, true);
        double titleWidth = titleFont.getStringBounds(texts.legendTitle(), MEASURE).getWidth();
        double columnWidth = Math.max(titleWidth, legendPainter.width(entries, texts.text())) + PAD;
        boolean beside = width >= height;
        Panel natural = layoutPanel(entries, columnWidth, width, height, 1, beside);
        if (share(natural, width, height) <= PANEL_SHARE) {
            return natural;
        }
        // The largest scale that keeps the panel within its share; more columns fit as it shrinks, so the
        // share falls in steps rather than smoothly, and halving the interval finds it either way.
        double fits = 0.02;
        double fails = 1;
        for (int step = 0; step < 14; step++) {
            double scale = (fits + fails) / 2;
            if (share(layoutPanel(entries, columnWidth, width, height, scale, beside), width, height) <= PANEL_SHARE) {
                fits = scale;
            } else {
                fails = scale;
            }
        }
        return layoutPanel(entries, columnWidth, width, height, fits, beside);
    }

    private Panel layoutPanel(List<LegendEntry> entries, double columnWidth, double width, double height,
                              double scale, boolean beside) {
        return beside ? column(entries, columnWidth, width, height, scale)
                : band(entries, columnWidth, width, height, scale);
    }

    private static double share(Panel panel, double width, double height) {
        return panel.beside() ? panel.area().getWidth() / width : panel.area().getHeight() / height;
    }

    /** The panel as a column on the right, its contents drawn at {@code scale}. */
    private Panel column(List<LegendEntry> entries, double columnWidth, double width, double height, double scale) {
        double naturalHeight = height / scale;
        double north = furniture.contains(Furniture.NORTH_ARROW) ? NORTH_HEIGHT : 0;
        double scaleBar = furniture.contains(Furniture.SCALE_BAR) ? SCALE_BAR_HEIGHT : 0;
        double available = naturalHeight - 2 * PAD - LEGEND_TITLE * 1.8 - north - scaleBar;
        List<List<LegendEntry>> columns = split(entries, Math.max(1, (int) (available / ROW)));
        double naturalWidth = Math.max(columns.size() * columnWidth, SCALE_BAR_WIDTH) + 2 * PAD;
        double panelWidth = naturalWidth * scale;
        return new Panel(new Rectangle2D.Double(0, 0, width - panelWidth, height),
                new Rectangle2D.Double(width - panelWidth, 0, panelWidth, height), columns, columnWidth, true, scale);
    }

    /** The panel as a band along the bottom, its contents drawn at {@code scale}. */
    private Panel band(List<LegendEntry> entries, double columnWidth, double width, double height, double scale) {
        double naturalWidth = width / scale;
        int across = Math.max(1, (int) ((naturalWidth - 2 * PAD - 40) / columnWidth));
        int perColumn = Math.max(1, (entries.size() + across - 1) / across);
        double scaleBar = furniture.contains(Furniture.SCALE_BAR) ? SCALE_BAR_HEIGHT : 0;
        double naturalHeight = Math.max(LEGEND_TITLE * 1.8 + perColumn * ROW + scaleBar, NORTH_HEIGHT) + 2 * PAD;
        double panelHeight = naturalHeight * scale;
        return new Panel(new Rectangle2D.Double(0, 0, width, height - panelHeight),
                new Rectangle2D.Double(0, height - panelHeight, width, panelHeight), split(entries, perColumn),
                columnWidth, false, scale);
    }

    private static List<List<LegendEntry>> split(List<LegendEntry> entries, int perColumn) {
        List<List<LegendEntry>> columns = new ArrayList<>();
        for (int i = 0; i < entries.size(); i += perColumn) {
            columns.add(entries.subList(i, Math.min(entries.size(), i + perColumn)));
        }
        return columns;
    }

    /**
     * The map's area, the panel's area and the legend's columns; the panel's contents are laid out at
     * their natural size and drawn at {@code scale}.
     */
    private record Panel(Rectangle2D map, Rectangle2D area, List<List<LegendEntry>> columns, double columnWidth,
                         boolean beside, double scale) {
    }

    private void paintPanel(Graphics2D g, Panel panel, Viewport viewport) {
        Rectangle2D area = panel.area();
        g.setColor(Color.WHITE);
        g.fill(area);
        g.setColor(RULE);
        g.setStroke(new BasicStroke(0.8f));
        g.draw(panel.beside() ? new Line2D.Double(area.getX(), 0, area.getX(), area.getMaxY())
                : new Line2D.Double(0, area.getY(), area.getMaxX(), area.getY()));
        AffineTransform transform = g.getTransform();
        g.translate(area.getX(), area.getY());
        g.scale(panel.scale(), panel.scale());
        double width = area.getWidth() / panel.scale();
        double height = area.getHeight() / panel.scale();
        double top = PAD;
        if (furniture.contains(Furniture.NORTH_ARROW)) {
            painter.paintNorthArrow(g, width - PAD - 14, top + 36, texts.northLetter());
            if (panel.beside()) {
                top += NORTH_HEIGHT;
            }
        }
        g.setFont(painter.fonts().font((float) LEGEND_TITLE, true));
        g.setColor(painter.style().overlay().furniture().color());
        g.drawString(texts.legendTitle(), (float) PAD, (float) (top + LEGEND_TITLE));
        double x = PAD;
        for (List<LegendEntry> column : panel.columns()) {
            legendPainter.paint(g, column, texts.text(), x, top + LEGEND_TITLE * 1.8);
            x += panel.columnWidth();
        }
        if (furniture.contains(Furniture.SCALE_BAR)) {
            // The bar measures the map, whose scale the panel's own scaling must not change.
            Viewport measured = Viewport.centredOn(viewport.centerLon(), viewport.centerLat(),
                    viewport.zoom() - Math.log(panel.scale()) / Math.log(2), viewport.width(), viewport.height());
            painter.paintScaleBar(g, measured, PAD + 6, height - PAD - 8);
        }
        g.setTransform(transform);
    }
}
