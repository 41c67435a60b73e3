// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.ResolvedScene;
import org.jfree.fx.FXGraphics2D;

/**
 * The interactive overlay above Gluon's tiles: one canvas repainted by the map painter whenever the map
 * moves or the scene changes. Each paint resolves the scene in the map's frame; clicks and hovers are
 * answered from that resolved scene, not by nodes.
 */
final class OverlayLayer extends MapLayer {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private MapPainter painter;
    private final Supplier<OverlayScene> scene;
    private final Function<Viewport, MapFrame> frame;
    private final Supplier<MapPainter.FurnitureWords> words;
    private final Function<ResolvedScene, List<MapCard>> cards;
    private final Consumer<ResolvedScene> onPainted;
    private final BooleanSupplier labelsHidden;
    private Viewport viewport = new Viewport(0, 0, 0, 1, 1);
    private ResolvedScene resolved;

    /**
     * @param frame the map's frame for a viewport: its furniture and the areas over the map (caption,
     *              credits) that labels keep clear of
     * @param cards the cards to draw on the map (legend, details) for a scene's drawn places
     */
    OverlayLayer(MapPainter painter, Supplier<OverlayScene> scene, Function<Viewport, MapFrame> frame,
                 Supplier<MapPainter.FurnitureWords> words, Function<ResolvedScene, List<MapCard>> cards,
                 Consumer<ResolvedScene> onPainted, BooleanSupplier labelsHidden) {
        this.painter = painter;
        this.scene = scene;
        this.frame = frame;
        this.words = words;
        this.cards = cards;
        this.onPainted = onPainted;
        this.labelsHidden = labelsHidden;
        getChildren().add(canvas);
    }

    Canvas canvas() {
        return canvas;
    }

    /** The viewport of the last paint: where the world lies on the canvas. */
    Viewport viewport() {
        return viewport;
    }

    /** The scene as last painted, or null before the first paint. */
    ResolvedScene resolved() {
        return resolved;
    }

    /** Paints with another painter from now on (the same map with larger labels, in presentation). */
    void setPainter(MapPainter replacement) {
        painter = replacement;
        repaint();
    }

    void repaint() {
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region map) || map.getWidth() <= 0 || map.getHeight() <= 0) {
            return;
        }
        // Gluon's public API gives screen positions, not the zoom: the world's width between 180°W and the
        // prime meridian is 128 × 2^zoom pixels.
        Point2D origin = getMapPoint(WebMercator.MAX_LATITUDE, -180);
        Point2D meridian = getMapPoint(WebMercator.MAX_LATITUDE, 0);
        if (origin == null || meridian == null) {
            return;
        }
        double zoom = Math.log((meridian.getX() - origin.getX()) / (WebMercator.TILE_SIZE / 2.0)) / Math.log(2);
        double width = map.getWidth();
        double height = map.getHeight();
        canvas.setWidth(width);
        canvas.setHeight(height);
        viewport = new Viewport(zoom, origin.getX(), origin.getY(), width, height);
        canvas.getGraphicsContext2D().clearRect(0, 0, width, height);
        MapFrame mapFrame = frame.apply(viewport);
        OverlayScene current = scene.get();
        resolved = painter.resolve(current, viewport, mapFrame, cards);
        if (labelsHidden.getAsBoolean()) {
            resolved = resolved.withoutLabels();
        }
        painter.paintOverlay(graphics, resolved);
        painter.paintFurniture(graphics, mapFrame, viewport, current.baseMap(), words.get());
        painter.paintCards(graphics, resolved);
        onPainted.accept(resolved);
    }
}
