// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Region;
import javafx.scene.transform.Affine;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.OverlayScene;
import org.hinterlandatlas.render.ResolvedScene;

/**
 * The interactive overlay above Gluon's tiles: an image of the resolved scene, painted off the FX thread by
 * {@link OverlayPictures}, with the land and sea under the tiles painted beside it. While the map is being
 * dragged or flies, what is already drawn is moved and scaled with the map and nothing is resolved or painted;
 * once it rests (and whenever the scene changes) the scene is resolved and painted again for where the map
 * is, and replaces the moved image when ready. Clicks and hovers are answered from the scene as drawn.
 */
final class OverlayLayer extends MapLayer {

    /** Takes the pointer over the whole map; the image beneath moves during a gesture and may not cover it. */
    private final Region surface = new Region();
    private final ImageView picture = new ImageView();
    private final ImageView underlay;
    private final OverlayPictures painting = new OverlayPictures(this::install);
    private final ReadOnlyBooleanWrapper current = new ReadOnlyBooleanWrapper(this, "current", false);
    private MapPainter painter;
    private final Supplier<OverlayScene> scene;
    private final Function<Viewport, MapFrame> frame;
    private final Supplier<MapPainter.FurnitureWords> words;
    private final Supplier<Function<ResolvedScene, List<MapCard>>> cards;
    private final Consumer<ResolvedScene> onPainted;
    private final Consumer<Viewport> onMoved;
    private final BooleanSupplier labelsHidden;
    private final BooleanSupplier moving;
    private Viewport viewport = new Viewport(0, 0, 0, 1, 1);
    /** The viewport last asked to be painted, and whether the scene changed since. */
    private Viewport requested;
    private boolean sceneChanged = true;
    private long generation;
    private OverlayPictures.Pictures shown;

    /**
     * @param underlay where the land and sea under the tiles is shown, moved with the overlay
     * @param frame    the map's frame for a viewport: its furniture and the areas over the map (caption,
     *                 credits) that labels keep clear of
     * @param cards    the cards to draw on the map (legend, details) for a scene's drawn places, as they are
     *                 asked for now; the function is applied on the painting thread
     * @param onMoved  told where the world lies at each layout of the map, painted or not
     * @param moving   whether the map is in a gesture (dragged, flying), during which it is only moved
     */
    OverlayLayer(MapPainter painter, ImageView underlay, Supplier<OverlayScene> scene,
                 Function<Viewport, MapFrame> frame, Supplier<MapPainter.FurnitureWords> words,
                 Supplier<Function<ResolvedScene, List<MapCard>>> cards, Consumer<ResolvedScene> onPainted,
                 Consumer<Viewport> onMoved, BooleanSupplier labelsHidden, BooleanSupplier moving) {
        this.painter = painter;
        this.underlay = underlay;
        this.scene = scene;
        this.frame = frame;
        this.words = words;
        this.cards = cards;
        this.onPainted = onPainted;
        this.onMoved = onMoved;
        this.labelsHidden = labelsHidden;
        this.moving = moving;
        picture.setMouseTransparent(true);
        picture.getTransforms().add(new Affine());
        underlay.getTransforms().add(new Affine());
        getChildren().addAll(picture, surface);
    }

    /** What takes the pointer over the map: its clicks, moves, wheel and tooltips. */
    Node surface() {
        return surface;
    }

    /** Where the world lies on the map now (not necessarily where it lay when last painted). */
    Viewport viewport() {
        return viewport;
    }

    /** The scene as drawn now, or null before the first paint. */
    ResolvedScene resolved() {
        return shown == null ? null : shown.resolved();
    }

    /** True while the map shows, painted for where it is now, the scene last asked for. */
    ReadOnlyBooleanProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Paints with another painter from now on (the same map with larger labels, in presentation). */
    void setPainter(MapPainter replacement) {
        painter = replacement;
        repaint();
    }

    /** The scene changed: it is resolved and painted again, also in the middle of a gesture. */
    void repaint() {
        sceneChanged = true;
        current.set(false);
        markDirty();
    }

    /** The map was sent elsewhere: it is no longer settled from now, before it has even moved. */
    void viewChanging() {
        current.set(false);
        markDirty();
    }

    /** A gesture ended: the map is painted for where it came to rest. */
    void settle() {
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
        viewport = new Viewport(zoom, origin.getX(), origin.getY(), map.getWidth(), map.getHeight());
        surface.resize(map.getWidth(), map.getHeight());
        onMoved.accept(viewport);
        if (shown != null) {
            follow(shown.request().viewport());
        }
        boolean inGesture = moving.getAsBoolean();
        // the land and sea under the tiles matter where tiles are still being painted, which is where the
        // map comes to rest; moved along, it would only cost the renderer the whole map again in each frame
        underlay.setVisible(!inGesture);
        // scaled during a wheel step or a flight, the picture is sampled, not filtered: the renderer's
        // filtering of the whole map would take longer than a frame; it is painted sharp when the map rests
        picture.setSmooth(!inGesture);
        boolean moved = !viewport.equals(requested);
        if (sceneChanged || (moved && !inGesture)) {
            sceneChanged = false;
            requested = viewport;
            current.set(false);
            painting.request(new OverlayPictures.Request(++generation, painter, scene.get(), viewport,
                    frame.apply(viewport), cards.get(), labelsHidden.getAsBoolean(), words.get()));
        } else if (moved) {
            current.set(false);
        }
    }

    /** Shows a finished paint, unless a newer one has been shown already. */
    private void install(OverlayPictures.Pictures pictures) {
        if (shown != null && pictures.request().generation() <= shown.request().generation()) {
            return;
        }
        shown = pictures;
        picture.setImage(pictures.overlay());
        underlay.setImage(pictures.underlay());
        follow(pictures.request().viewport());
        current.set(pictures.request().generation() == generation && pictures.request().viewport().equals(viewport));
        onPainted.accept(pictures.resolved());
    }

    /** Moves and scales the pictures painted for {@code drawn} to where that part of the world is now. */
    private void follow(Viewport drawn) {
        Affine move = MapMotion.between(drawn, viewport);
        ((Affine) picture.getTransforms().get(0)).setToTransform(move);
        ((Affine) underlay.getTransforms().get(0)).setToTransform(move);
    }
}
