// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
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
    /**
     * During a drag or a wheel zoom, the one picture shown of the map: the land and sea, the tiles and the
     * overlay as they were on screen when the gesture began, with a margin beyond the map's edges. Gluon's
     * tiles, the land and sea and the overlay are hidden meanwhile, so the renderer draws one opaque image
     * a frame instead of blending three over the whole map.
     */
    private final ImageView gesturePicture = new ImageView();
    /** The furniture and cards during a gesture: still, where they are at rest, in small pieces. */
    private final Group furniture = new Group();
    private final PictureTaker taker;
    /** Where the world lay when the gesture's picture was taken; null while none is shown. */
    private Viewport pictureDrawn;
    /** Whether a drag or a wheel zoom wants the gesture's picture, from its first step to its end. */
    private boolean pictureWanted;
    /**
     * While the gesture's picture is taken: the overlay and the land and sea painted with the margin are where
     * those at rest are. (Taking a picture lays the map out, and so this layer.)
     */
    private boolean picturing;
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
     * @param taker    takes a picture of the map's area, as the gesture's picture
     */
    OverlayLayer(MapPainter painter, ImageView underlay, Supplier<OverlayScene> scene,
                 Function<Viewport, MapFrame> frame, Supplier<MapPainter.FurnitureWords> words,
                 Supplier<Function<ResolvedScene, List<MapCard>>> cards, Consumer<ResolvedScene> onPainted,
                 Consumer<Viewport> onMoved, BooleanSupplier labelsHidden, BooleanSupplier moving,
                 PictureTaker taker) {
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
        this.taker = taker;
        picture.setMouseTransparent(true);
        picture.getTransforms().add(new Affine());
        underlay.getTransforms().add(new Affine());
        gesturePicture.setMouseTransparent(true);
        // sampled, not filtered, when a wheel step scales it: filtering the whole map takes longer than a frame
        gesturePicture.setSmooth(false);
        gesturePicture.getTransforms().add(new Affine());
        gesturePicture.setVisible(false);
        furniture.setMouseTransparent(true);
        furniture.setVisible(false);
        getChildren().addAll(gesturePicture, picture, furniture, surface);
    }

    /** Takes a picture of what the map shows in {@code area} (its own coordinates; may reach beyond it). */
    @FunctionalInterface
    interface PictureTaker {
        /** @param reuse an image to picture into when it has the area's size, or null */
        WritableImage take(Rectangle2D area, WritableImage reuse);
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

    /** Whether the map shows the gesture's picture now, in place of its layers. */
    boolean showsGesturePicture() {
        return pictureDrawn != null;
    }

    /** A gesture ended: the map is painted for where it came to rest. */
    void settle() {
        pictureWanted = false;
        markDirty();
    }

    /**
     * A drag or a wheel zoom begins, before the map has moved: from now until the gesture ends and the map
     * is painted for where it rests, one picture of the map is shown and moved (see {@link #gesturePicture}).
     */
    void beginGesturePicture() {
        pictureWanted = true;
        if (pictureDrawn == null && shown != null) {
            takeGesturePicture();
        }
    }

    /**
     * The gesture's picture: for a moment the overlay and the land and sea painted with a margin are put
     * where the ones at rest are, and the map is pictured with that margin, without the furniture.
     */
    private void takeGesturePicture() {
        OverlayPictures.Pictures pictures = shown;
        boolean underlayShown = underlay.isVisible();
        picturing = true;
        // the whole pictures, margin and all, and the furniture out of the overlay: it stays still above
        OverlayPictures.dress(pictures, false);
        picture.setViewport(null);
        underlay.setViewport(null);
        follow(pictures.request().viewport());
        underlay.setVisible(true);
        WritableImage taken;
        try {
            int margin = OverlayPictures.MARGIN;
            // into the last gesture's image when it has the size: no new image of the whole map per gesture
            taken = taker.take(new Rectangle2D(-margin, -margin, viewport.width() + 2 * margin,
                    viewport.height() + 2 * margin), (WritableImage) gesturePicture.getImage());
        } finally {
            picturing = false;
            OverlayPictures.dress(pictures, true);
            showAtRest(pictures);
            underlay.setVisible(underlayShown);
            follow(pictures.request().viewport());
        }
        gesturePicture.setImage(taken);
        pictureDrawn = viewport;
        ((Affine) gesturePicture.getTransforms().get(0)).setToTransform(aroundMove(pictureDrawn));
        List<Node> pieces = new ArrayList<>();
        for (OverlayPictures.Piece piece : pictures.furniture()) {
            ImageView view = new ImageView(piece.image());
            view.relocate(piece.box().x, piece.box().y);
            pieces.add(view);
        }
        furniture.getChildren().setAll(pieces);
        showGesturePicture(true);
    }

    private void dropGesturePicture() {
        if (pictureDrawn == null) {
            return;
        }
        pictureDrawn = null;
        furniture.getChildren().clear();
        showGesturePicture(false);
    }

    /** Shows the gesture's picture and the furniture alone, or the map's layers as at rest. */
    private void showGesturePicture(boolean show) {
        gesturePicture.setVisible(show);
        furniture.setVisible(show);
        picture.setVisible(!show);
        if (show) {
            underlay.setVisible(false);
        }
        Parent map = getParent();
        if (map != null && !map.getChildrenUnmodifiable().isEmpty()
                && map.getChildrenUnmodifiable().get(0) instanceof Group tiles) {
            // Gluon's tiles, the map's first child
            tiles.setVisible(!show);
        }
    }

    /** The move of a picture painted with the margin for {@code drawn} to where its world lies now. */
    private Affine aroundMove(Viewport drawn) {
        Affine move = MapMotion.between(drawn, viewport);
        move.appendTranslation(-OverlayPictures.MARGIN, -OverlayPictures.MARGIN);
        return move;
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
        if (pictureDrawn != null) {
            ((Affine) gesturePicture.getTransforms().get(0)).setToTransform(aroundMove(pictureDrawn));
        }
        boolean inGesture = moving.getAsBoolean();
        // the land and sea under the tiles matter where tiles are still being painted, which is where the
        // map comes to rest; moved along, it would only cost the renderer the whole map again in each frame
        underlay.setVisible(picturing || !inGesture && pictureDrawn == null);
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
        // the gesture ended where no paint is needed (a drag back to where it began): the layers at rest again
        if (!inGesture && !pictureWanted && shown != null && shown.request().generation() == generation) {
            dropGesturePicture();
        }
    }

    /** Shows a finished paint, unless a newer one has been shown already. */
    private void install(OverlayPictures.Pictures pictures) {
        if (shown != null && pictures.request().generation() <= shown.request().generation()) {
            painting.release(pictures);
            return;
        }
        OverlayPictures.Pictures replaced = shown;
        shown = pictures;
        OverlayPictures.painted(pictures);
        showAtRest(pictures);
        if (replaced != null) {
            painting.release(replaced);
        }
        follow(pictures.request().viewport());
        // the new paint replaces the gesture's picture: at the end of the gesture, or, in the middle of one
        // (a change of scene), by a picture of the new paint
        if (pictureDrawn != null) {
            dropGesturePicture();
            if (pictureWanted) {
                takeGesturePicture();
            }
        }
        current.set(pictures.request().generation() == generation && pictures.request().viewport().equals(viewport));
        onPainted.accept(pictures.resolved());
    }

    /** The pictures' middle, the map as painted at rest, on the layers shown at rest. */
    private void showAtRest(OverlayPictures.Pictures pictures) {
        Rectangle2D atRest = OverlayPictures.atRest(pictures);
        picture.setImage(pictures.overlay());
        picture.setViewport(atRest);
        underlay.setImage(pictures.underlay());
        underlay.setViewport(atRest);
    }

    /** Moves and scales the pictures painted for {@code drawn} to where that part of the world is now. */
    private void follow(Viewport drawn) {
        Affine move = picturing ? aroundMove(drawn) : MapMotion.between(drawn, viewport);
        ((Affine) picture.getTransforms().get(0)).setToTransform(move);
        ((Affine) underlay.getTransforms().get(0)).setToTransform(move);
    }
}
