// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;

/**
 * Paints a national map of the city clusters coloured by a {@link ClusterShading}, with the scale of the
 * shading, the South China Sea inset and the credits: a self-contained choropleth for a panel or a figure,
 * drawn by the one map painter.
 */
public final class ClusterShareMapPainter {

    /** The layers of a choropleth of the clusters: provinces for orientation, the clusters, no networks. */
    public static final EnumSet<MapLayerId> LAYERS = EnumSet.of(MapLayerId.PROVINCES, MapLayerId.CLUSTERS);
    private static final Color TEXT = new Color(0x22, 0x22, 0x22);

    private final MapPainter painter;
    private final FontSet fonts;

    public ClusterShareMapPainter(MapPainter painter, FontSet fonts) {
        this.painter = painter;
        this.fonts = fonts;
    }

    /**
     * Words of the figure in its language: the scale's title, the inset's caption, the credits line and the
     * letter over the north arrow.
     */
    public record Captions(String scale, String inset, String credits, String north) {

        /** Captions for a map without a north arrow. */
        public Captions(String scale, String inset, String credits) {
            this(scale, inset, credits, "");
        }
    }

    /**
     * The parts drawn around the map: the shading's scale, the credits line under the map, a scale bar and
     * a north arrow. The panel shows the first two; a figure's page carries the credits itself.
     */
    public enum Part {
        SHADING_SCALE, CREDITS, SCALE_BAR, NORTH_ARROW
    }

    /** What the evidence panel shows around its small map. */
    public static final Set<Part> PANEL = EnumSet.of(Part.SHADING_SCALE, Part.CREDITS);

    /**
     * Paints into {@code area} (its origin at 0,0 of {@code g}) the area between {@code southWest} and
     * {@code northEast}, with the scene's shading and layers {@link #LAYERS}.
     */
    public void paint(Graphics2D g, double width, double height, GeoPoint southWest, GeoPoint northEast,
                      OverlayScene scene, Captions captions) {
        paint(g, width, height, southWest, northEast, scene, captions, PANEL);
    }

    /** Paints the map as {@link #paint} does, with only the given parts around it. */
    public void paint(Graphics2D g, double width, double height, GeoPoint southWest, GeoPoint northEast,
                      OverlayScene scene, Captions captions, Set<Part> parts) {
        Font small = fonts.font(9.5f, false);
        g.setFont(small);
        FontMetrics metrics = g.getFontMetrics();
        List<String> credits = parts.contains(Part.CREDITS)
                ? TextLines.of(captions.credits(), metrics, width - 8) : List.of();
        double creditsHeight = credits.isEmpty() ? 0 : credits.size() * metrics.getHeight() + 4;
        double mapHeight = height - creditsHeight;
        Viewport viewport = Viewport.fitting(southWest.lon(), southWest.lat(), northEast.lon(), northEast.lat(),
                width, mapHeight, 4);
        // The clip is restored by hand: a Graphics2D from create() shares its canvas state under FXGraphics2D.
        Shape savedClip = g.getClip();
        g.clip(new Rectangle2D.Double(0, 0, width, mapHeight));
        painter.paintLandAndSea(g, viewport, scene.baseMap());
        painter.paintBase(g, viewport, scene.baseMap(), LAYERS);
        Set<MapFrame.Part> furniture = EnumSet.noneOf(MapFrame.Part.class);
        if (parts.contains(Part.SCALE_BAR)) {
            furniture.add(MapFrame.Part.SCALE_BAR);
        }
        if (parts.contains(Part.NORTH_ARROW)) {
            furniture.add(MapFrame.Part.NORTH_ARROW);
        }
        MapFrame frame = MapFrame.of(viewport, furniture);
        boolean shadingScale = scene.shading() != null && parts.contains(Part.SHADING_SCALE);
        if (shadingScale) {
            FontMetrics scaleMetrics = g.getFontMetrics(fonts.font(10, false));
            double scaleWidth = Math.min(width * 0.7, Math.max(150, scaleMetrics.stringWidth(captions.scale()) + 10));
            frame = frame.withBottomLeft(scaleWidth, 40);
        }
        painter.paintOverlay(g, painter.resolve(scene, viewport, frame));
        painter.paintFurniture(g, frame, viewport, scene.baseMap(),
                new MapPainter.FurnitureWords(captions.north(), captions.inset()));
        g.setClip(savedClip);
        if (shadingScale) {
            paintScale(g, frame.bottomLeft().orElseThrow(), scene.shading(), captions.scale());
        }
        g.setFont(small);
        g.setColor(TEXT);
        double y = mapHeight + 2 + metrics.getAscent();
        for (String line : credits) {
            g.drawString(line, 4f, (float) y);
            y += metrics.getHeight();
        }
    }

    /** The colour ramp from 0 to the maximum, with its title and end values. */
    private void paintScale(Graphics2D g, Rectangle2D box, ClusterShading shading, String title) {
        Font small = fonts.font(10f, false);
        g.setFont(small);
        FontMetrics metrics = g.getFontMetrics();
        g.setColor(new Color(255, 255, 255, 220));
        g.fill(box);
        g.setColor(TEXT);
        g.drawString(title, (float) (box.getX() + 4), (float) (box.getY() + metrics.getAscent() + 2));
        double rampX = box.getX() + 4;
        double rampY = box.getY() + metrics.getHeight() + 4;
        double rampWidth = box.getWidth() - 8;
        int steps = 40;
        for (int i = 0; i < steps; i++) {
            g.setColor(ClusterShading.colourAt((i + 0.5) / steps));
            g.fill(new Rectangle2D.Double(rampX + rampWidth * i / steps, rampY, rampWidth / steps + 0.5, 8));
        }
        g.setColor(TEXT);
        float labelY = (float) (rampY + 8 + metrics.getAscent());
        g.drawString("0%", (float) rampX, labelY);
        String max = String.format(Locale.ROOT, "%.2f%%", shading.max());
        g.drawString(max, (float) (rampX + rampWidth - metrics.stringWidth(max)), labelY);
    }
}
