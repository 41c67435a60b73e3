// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.jfree.fx.FXGraphics2D;

/**
 * The interactive overlay above Gluon's tiles: one canvas repainted by the map painter whenever the map
 * moves or the scene changes. Clicks and hovers are answered by hit-testing the model, not by nodes.
 */
final class OverlayLayer extends MapLayer {

    private static final double FURNITURE_MARGIN = 14;
    private static final double INSET_WIDTH = 130;
    private static final double INSET_HEIGHT = 170;
    /** The strip along the bottom with the scale bar and the credits, kept free of labels. */
    private static final double BOTTOM_STRIP = 44;

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final MapPainter painter;
    private final Supplier<OverlayScene> scene;
    private final Supplier<String> northLetter;
    private final Supplier<String> insetCaption;
    private final Supplier<Optional<Rectangle2D>> keepClear;
    private final Consumer<Viewport> onPainted;
    private Viewport viewport = new Viewport(0, 0, 0, 1, 1);

    /**
     * @param keepClear an area over the map (the caption) that labels must keep clear of, when there is one
     */
    OverlayLayer(MapPainter painter, Supplier<OverlayScene> scene, Supplier<String> northLetter,
                 Supplier<String> insetCaption, Supplier<Optional<Rectangle2D>> keepClear,
                 Consumer<Viewport> onPainted) {
        this.painter = painter;
        this.scene = scene;
        this.northLetter = northLetter;
        this.insetCaption = insetCaption;
        this.keepClear = keepClear;
        this.onPainted = onPainted;
        getChildren().add(canvas);
    }

    Canvas canvas() {
        return canvas;
    }

    /** The viewport of the last paint: where the world lies on the canvas. */
    Viewport viewport() {
        return viewport;
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
        boolean inset = MapPainter.needsSouthChinaSeaInset(viewport);
        Rectangle2D insetBox = new Rectangle2D.Double(width - INSET_WIDTH - FURNITURE_MARGIN,
                height - INSET_HEIGHT - BOTTOM_STRIP, INSET_WIDTH, INSET_HEIGHT);
        List<Rectangle2D> furniture = new ArrayList<>(List.of(
                new Rectangle2D.Double(0, height - BOTTOM_STRIP, width, BOTTOM_STRIP),
                new Rectangle2D.Double(width - FURNITURE_MARGIN - 30, 0, 30 + FURNITURE_MARGIN, 70)));
        if (inset) {
            furniture.add(insetBox);
        }
        keepClear.get().ifPresent(furniture::add);
        painter.paintOverlay(graphics, viewport, scene.get(), 1.0, furniture);
        if (inset) {
            painter.paintSouthChinaSeaInset(graphics, scene.get().baseMap(), insetBox, insetCaption.get(), 1.0);
        }
        painter.paintScaleBar(graphics, viewport, FURNITURE_MARGIN, height - FURNITURE_MARGIN - 20, 1.0);
        painter.paintNorthArrow(graphics, width - FURNITURE_MARGIN - 12, FURNITURE_MARGIN + 34, northLetter.get(), 1.0);
        onPainted.accept(viewport);
    }
}
