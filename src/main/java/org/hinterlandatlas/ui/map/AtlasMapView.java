// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import com.gluonhq.maps.MapView;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.animation.Interpolator;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.SetChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.HitTester;
import org.hinterlandatlas.render.Legend;
import org.hinterlandatlas.render.MapCard;
import org.hinterlandatlas.render.MapFrame;
import org.hinterlandatlas.render.PlacedCard;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.ResolvedScene;
import org.hinterlandatlas.tiles.TileService;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.details.FeatureDetails;
import org.hinterlandatlas.ui.details.FeatureDetailsFactory;
import org.jfree.fx.FXGraphics2D;

/**
 * The map control: Gluon's MapView with the offline base tiles, the overlay layer above it, the data
 * credits and the schematic-map notice, fly-to between named views, hover tooltips and click selection.
 */
public final class AtlasMapView extends StackPane {

    private static final Duration FLIGHT = Duration.millis(1200);
    /** The pixels kept free around a view's area when it is fitted to the map. */
    public static final double FIT_MARGIN = 24;
    private static final double MIN_ZOOM = 2;
    private static final double MAX_ZOOM = 11;
    private static final double WHEEL_STEP = 0.25;
    private static final double CREDITS_CLEAR_LEFT = 190;
    /** The strip along the bottom with the scale bar and the credits, kept free of labels. */
    private static final double BOTTOM_STRIP = 44;
    private static final double CREDITS_MARGIN = 8;
    /** The widest a tooltip grows before it wraps: a readable line, never across the panels. */
    private static final double TOOLTIP_WIDTH = 340;
    private static final String LEGEND_CARD = "legend";
    private static final String DETAILS_CARD = "details";

    private final MapViewModel model;
    private final TileService tiles;
    private final OverlayLayer overlay;
    private final BooleanProperty labelsHidden = new SimpleBooleanProperty(false);
    private final ObjectProperty<MapClick> clickTakeover = new SimpleObjectProperty<>();
    private final HitTester hitTester;
    private final Tooltip tooltip = new Tooltip();
    private final Label credits = new Label();
    private final MapCaption caption;
    /** Land and sea under the tiles, painted with the overlay. */
    private final ImageView underlay = new ImageView();
    private final MapPainter painter;
    /** The teacher's ink, on a canvas of its own so that a stroke being drawn does not lay out the labels again. */
    private final Canvas inkCanvas = new Canvas();
    private final FXGraphics2D inkGraphics = new FXGraphics2D(inkCanvas.getGraphicsContext2D());
    private Supplier<List<Annotation>> ink = List::of;
    /** Where the world lay when the ink was last painted; the ink follows the map until it is painted again. */
    private Viewport inkViewport = new Viewport(0, 0, 0, 1, 1);
    /** Whether a pointer button is held over the map: a drag moves what is drawn and paints when it ends. */
    private boolean pressed;
    /**
     * A mouse wheel tells no end of its turning: the wheel gesture ends once no step has come for this long,
     * and the map is painted for where it came to rest.
     */
    private final PauseTransition wheelRest = new PauseTransition(Duration.millis(300));
    private boolean wheeling;
    private final FeatureDetailsFactory details;
    private final DoubleProperty flight = new SimpleDoubleProperty();
    private final BooleanProperty flying = new SimpleBooleanProperty(this, "flying", false);
    private final BooleanProperty cardsShown = new SimpleBooleanProperty(this, "cardsShown", false);
    private final Messages messages;
    private final List<Node> controls = new ArrayList<>();
    /** Where the pointer last was over the map, in the map's coordinates. */
    private double pointerX;
    private double pointerY;
    /** Whether the legend card was closed; it comes back when the cards are next asked for. */
    private boolean legendClosed;
    private double captionScale;
    private MapPainter largerLabels;
    private MapView mapView;
    private Timeline timeline;
    private ChangeListener<Number> flightStep;
    private MapState pendingState;
    private Viewport pendingViewport;

    public AtlasMapView(MapViewModel model, MapPainter painter, TileService tiles, Messages messages) {
        this.model = model;
        this.tiles = tiles;
        this.painter = painter;
        this.details = new FeatureDetailsFactory(model.atlas(), messages);
        this.hitTester = new HitTester(painter.style());
        this.caption = new MapCaption(model, messages.language());
        this.overlay = new OverlayLayer(painter, underlay, model::scene, this::frame,
                () -> new MapPainter.FurnitureWords(messages.get("map.north"), messages.get("map.southChinaSea")),
                this::cards, this::viewPainted, this::followInk, labelsHidden::get,
                () -> pressed || wheeling || flying.get(), this::pictureOfMap);
        this.messages = messages;
        labelsHidden.addListener((o, was, hidden) -> overlay.repaint());
        cardsShown.addListener((o, was, shown) -> {
            legendClosed = false;
            overlay.repaint();
        });
        getStyleClass().add("atlas-map");
        String oneLine = messages.get("credits") + "　" + messages.get("notice");
        String twoLines = messages.get("credits") + "\n" + messages.get("notice");
        credits.setText(oneLine);
        credits.getStyleClass().add("map-credits");
        StackPane.setAlignment(credits, Pos.BOTTOM_RIGHT);
        credits.setMouseTransparent(true);
        // a narrow map (beside the narrative, or two side by side) wraps the credits rather than cutting off
        // the notice; the scale bar keeps the bottom-left corner
        credits.setWrapText(true);
        credits.maxWidthProperty().bind(widthProperty().subtract(CREDITS_CLEAR_LEFT));
        widthProperty().addListener((o, a, width) -> {
            credits.setText(oneLine);
            // the notice goes on a line of its own rather than being broken in the middle
            if (credits.prefWidth(-1) > width.doubleValue() - CREDITS_CLEAR_LEFT) {
                credits.setText(twoLines);
            }
        });
        tiles.setLayers(model.layers());
        mapView = newMapView();
        underlay.setMouseTransparent(true);
        inkCanvas.setMouseTransparent(true);
        // both are sized to the map by their painters and shown or hidden during gestures; laid out by the
        // map, each of those changes would lay out Gluon's map again, which then returns to its last centre
        underlay.setManaged(false);
        inkCanvas.setManaged(false);
        getChildren().addAll(underlay, mapView, inkCanvas, caption, credits);
        // labels move out from under the caption whenever its size changes
        caption.boundsInParentProperty().addListener((o, a, b) -> overlay.repaint());

        wireOverlayEvents();
        addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed = true);
        // before Gluon's map moves for the first step of a drag
        addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (pressed && e.getTarget() == overlay.surface()) {
                overlay.beginGesturePicture();
            }
        });
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            pressed = false;
            overlay.settle();
        });
        wheelRest.setOnFinished(e -> {
            wheeling = false;
            overlay.settle();
        });
        flying.addListener((o, was, now) -> {
            if (!now) {
                overlay.settle();
            }
        });
        // a tooltip belongs to what was under the pointer: any change of view, step, layers or language ends it
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(TOOLTIP_WIDTH);
        model.shownProperty().addListener((o, a, b) -> tooltip.hide());
        model.languageProperty().addListener((o, a, b) -> tooltip.hide());
        model.layers().addListener((SetChangeListener<MapLayerId>) change -> tooltip.hide());
        model.highlighted().addListener((SetChangeListener<FeatureRef>) change -> tooltip.hide());
        model.viewportProperty().addListener((o, a, b) -> {
            if (a == null || a.zoom() != b.zoom() || a.originX() != b.originX() || a.originY() != b.originY()) {
                tooltip.hide();
            }
        });
        sceneProperty().addListener((o, a, b) -> tooltip.hide());
        model.layers().addListener((SetChangeListener<MapLayerId>) change -> layersChanged(change.getElementAdded(),
                change.getElementRemoved()));
        model.selectionProperty().addListener((o, a, b) -> overlay.repaint());
        model.highlighted().addListener((SetChangeListener<FeatureRef>) change -> overlay.repaint());
        model.languageProperty().addListener((o, a, b) -> overlay.repaint());
        model.onRequest(request -> {
            if (request.animated()) {
                flyTo(request.state());
            } else {
                show(request.state());
            }
        });
        widthProperty().addListener((o, a, b) -> applyPending());
        heightProperty().addListener((o, a, b) -> applyPending());
        heightProperty().addListener((o, a, height) -> {
            if (captionScale > 0) {
                caption.scale(captionScale, height.doubleValue());
            }
        });
    }

    /**
     * Sets the caption's type in proportion to the map's height — {@code shareOfHeight} of it, as presentation
     * mode wants for the back of a room — or, with 0, back to its usual size.
     */
    public void setCaptionScale(double shareOfHeight) {
        captionScale = shareOfHeight;
        caption.scale(shareOfHeight, getHeight());
    }

    /**
     * Names every place one size step larger (presentation mode), or as usual. The painter with the larger
     * labels is made when first asked for.
     */
    public void setLabelsLarger(boolean larger) {
        if (larger && largerLabels == null) {
            largerLabels = new MapPainter(painter.style().withLabelsOneStepLarger(), painter.fonts());
        }
        overlay.setPainter(larger ? largerLabels : painter);
    }

    /** The map's model: what it shows, its layers, selection and viewport. */
    public MapViewModel model() {
        return model;
    }

    /** The bytes of base tiles the map keeps painted for reuse now (bounded by the tile service). */
    public long tileCacheBytes() {
        return tiles.cachedBytes();
    }

    /**
     * True while the map shows, painted for where it is now, everything asked of it; false from a change of
     * view or scene until its new picture is on screen. During a drag or a flight the map moves what it drew.
     */
    public ReadOnlyBooleanProperty settledProperty() {
        return overlay.currentProperty();
    }

    /**
     * Whether the map shows, during a drag or a wheel zoom, one picture of itself in place of its tiles and
     * layers (decision 0089); false at rest.
     */
    public boolean showsGesturePicture() {
        return overlay.showsGesturePicture();
    }

    /** The most bytes of tiles the map keeps. */
    public long tileCacheLimit() {
        return tiles.cacheLimit();
    }

    /** The caption's height on the map now, 0 when it shows nothing. */
    public double captionHeight() {
        return caption.isVisible() ? caption.getHeight() : 0;
    }

    /** Shows a state's area at once, without flying; used for the first view, before the map has a size. */
    private void show(MapState state) {
        pendingState = state;
        pendingViewport = null;
        applyPending();
    }

    /**
     * Shows the same centre and zoom as a viewport of an earlier map control, as when the window is rebuilt
     * in another language.
     */
    public void restore(Viewport viewport) {
        pendingViewport = viewport;
        pendingState = null;
        applyPending();
    }

    /** Flies to a state's area: zoom and centre move together, in world coordinates, over about a second. */
    private void flyTo(MapState state) {
        if (getWidth() <= 0 || getHeight() <= 0) {
            show(state);
            return;
        }
        Viewport target = fit(state);
        Viewport start = overlay.viewport();
        double startX = start.worldX(start.width() / 2);
        double startY = start.worldY(start.height() / 2);
        double endX = target.worldX(target.width() / 2);
        double endY = target.worldY(target.height() / 2);
        double startZoom = start.zoom();
        stopFlight();
        flight.set(0);
        flightStep = (o, a, t) -> {
            double f = t.doubleValue();
            setView(startZoom + (target.zoom() - startZoom) * f, startX + (endX - startX) * f,
                    startY + (endY - startY) * f);
        };
        flight.addListener(flightStep);
        timeline = new Timeline(new KeyFrame(FLIGHT, new KeyValue(flight, 1, Interpolator.EASE_BOTH)));
        timeline.setOnFinished(e -> stopFlight());
        flying.set(true);
        timeline.play();
    }

    private void stopFlight() {
        if (timeline != null) {
            timeline.stop();
        }
        if (flightStep != null) {
            flight.removeListener(flightStep);
            flightStep = null;
        }
        flying.set(false);
    }

    /** Whether the map is flying to a state now; false once it has arrived (or was stopped). */
    public javafx.beans.value.ObservableBooleanValue flyingProperty() {
        return flying;
    }

    /** Zooms about the centre by {@code delta} levels. */
    public void zoomBy(double delta) {
        Viewport now = overlay.viewport();
        zoomAbout(now.width() / 2, now.height() / 2, delta);
    }

    /** Moves the view by (dx, dy) pixels: right and down for positive values, as the arrow keys do. */
    public void panBy(double dx, double dy) {
        stopFlight();
        Viewport now = overlay.viewport();
        double scale = WebMercator.worldPixels(now.zoom());
        setView(now.zoom(), now.worldX(now.width() / 2) + dx / scale, now.worldY(now.height() / 2) + dy / scale);
    }

    /**
     * Draws a teacher's ink over the map, and puts {@code surface} (which takes the pointer while drawing, so
     * the map does not pan) just above it, under the caption and the map's controls.
     */
    public void showInk(Supplier<List<Annotation>> annotations, Node surface) {
        ink = annotations;
        getChildren().add(getChildren().indexOf(inkCanvas) + 1, surface);
        repaintInk();
    }

    /** Paints the ink again, after it changed; a moved map repaints it by itself. */
    public void repaintInk() {
        Viewport viewport = overlay.viewport();
        inkViewport = viewport;
        inkCanvas.getTransforms().setAll(MapMotion.between(viewport, viewport));
        inkCanvas.setWidth(viewport.width());
        inkCanvas.setHeight(viewport.height());
        inkCanvas.getGraphicsContext2D().clearRect(0, 0, viewport.width(), viewport.height());
        List<Annotation> annotations = ink.get();
        // an empty canvas still costs the renderer a blend of the whole map in every frame
        inkCanvas.setVisible(!annotations.isEmpty());
        painter.paintInk(inkGraphics, viewport, annotations);
    }

    /** Moves the ink with the map until it is painted again for where the map comes to rest. */
    private void followInk(Viewport now) {
        if (!inkCanvas.isVisible()) {
            return;
        }
        inkCanvas.getTransforms().setAll(MapMotion.between(inkViewport, now));
    }

    /** Zooms by {@code delta} levels keeping the map point under (x, y) where it is on the screen. */
    public void zoomAbout(double x, double y, double delta) {
        stopFlight();
        Viewport now = overlay.viewport();
        double zoom = clampZoom(now.zoom() + delta);
        double scale = WebMercator.worldPixels(zoom);
        double centerX = now.worldX(x) - (x - now.width() / 2) / scale;
        double centerY = now.worldY(y) - (y - now.height() / 2) / scale;
        setView(zoom, centerX, centerY);
    }

    /** The zoom level the map shows for {@code zoom}: within the atlas's range. */
    public static double clampZoom(double zoom) {
        return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
    }

    /** The viewport of the overlay as last painted. */
    public Viewport viewport() {
        return overlay.viewport();
    }

    /** Where a position lies on this control, in its own coordinates. */
    public Point2D screenPosition(GeoPoint point) {
        Viewport v = overlay.viewport();
        return new Point2D(v.screenX(WebMercator.worldX(point.lon())),
                v.screenY(WebMercator.worldY(point.lat())));
    }

    private void applyPending() {
        if (getWidth() <= 0 || getHeight() <= 0) {
            return;
        }
        Viewport target = pendingState != null ? fit(pendingState) : pendingViewport;
        pendingState = null;
        pendingViewport = null;
        if (target != null) {
            setView(target.zoom(), target.worldX(target.width() / 2), target.worldY(target.height() / 2));
        }
    }

    private Viewport fit(MapState state) {
        return Viewport.fitting(state.southWest().lon(), state.southWest().lat(), state.northEast().lon(),
                state.northEast().lat(), getWidth(), getHeight(), FIT_MARGIN);
    }

    private void setView(double zoom, double worldX, double worldY) {
        overlay.viewChanging();
        mapView.setZoom(clampZoom(zoom));
        mapView.setCenter(WebMercator.lat(worldY), WebMercator.lon(worldX));
    }

    private MapView newMapView() {
        MapView view = new MapView();
        view.addLayer(overlay);
        return view;
    }

    /**
     * Base layers live in the tiles, and Gluon Maps keeps tiles it has shown: a fresh MapView at the same
     * view asks for tiles again, now under the new layer key (see docs/decisions).
     */
    private void layersChanged(MapLayerId added, MapLayerId removed) {
        tiles.setLayers(model.layers());
        MapLayerId changed = added != null ? added : removed;
        if (changed != null && changed.isBase() && getWidth() > 0) {
            Viewport now = overlay.viewport();
            mapView.removeLayer(overlay);
            MapView fresh = newMapView();
            getChildren().set(getChildren().indexOf(mapView), fresh);
            mapView = fresh;
            setView(now.zoom(), now.worldX(now.width() / 2), now.worldY(now.height() / 2));
        }
        overlay.repaint();
    }

    /**
     * The map's frame on screen: scale bar and north arrow, the credits' strip along the bottom, and the
     * caption, which labels keep clear of.
     */
    private MapFrame frame(Viewport viewport) {
        MapFrame frame = MapFrame.of(viewport, EnumSet.allOf(MapFrame.Part.class))
                .withBottomStrip(Math.max(BOTTOM_STRIP, credits.getHeight() + CREDITS_MARGIN));
        Optional<Rectangle2D> captionArea = caption.area();
        if (captionArea.isPresent()) {
            frame = frame.keepingClear(captionArea.get());
        }
        for (Node control : controls) {
            if (control.isVisible()) {
                Bounds b = control.getBoundsInParent();
                frame = frame.keepingClear(new Rectangle2D.Double(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            }
        }
        return frame;
    }

    /**
     * A picture of the map in {@code area} as it is on screen, without what lies over it (the caption, the
     * credits, the ink, the controls), which stays where it is during a gesture. Gluon's map is pictured
     * beyond its own bounds too, to show what its layers hold there.
     */
    private WritableImage pictureOfMap(javafx.geometry.Rectangle2D area, WritableImage reuse) {
        List<Node> over = getChildren().stream().filter(n -> n != underlay && n != mapView && n.getOpacity() > 0)
                .toList();
        List<Double> opacities = over.stream().map(Node::getOpacity).toList();
        // transparent rather than hidden: a control's visibility lays out the labels again
        over.forEach(n -> n.setOpacity(0));
        Node clip = mapView.getClip();
        mapView.setClip(null);
        try {
            // a node is pictured as it lies in its parent
            Point2D corner = localToParent(area.getMinX(), area.getMinY());
            SnapshotParameters parameters = new SnapshotParameters();
            parameters.setViewport(new javafx.geometry.Rectangle2D(corner.getX(), corner.getY(), area.getWidth(),
                    area.getHeight()));
            boolean fits = reuse != null && reuse.getWidth() == Math.ceil(area.getWidth())
                    && reuse.getHeight() == Math.ceil(area.getHeight());
            return snapshot(parameters, fits ? reuse : null);
        } finally {
            mapView.setClip(clip);
            for (int i = 0; i < over.size(); i++) {
                over.get(i).setOpacity(opacities.get(i));
            }
        }
    }

    private void viewPainted(ResolvedScene resolved) {
        Viewport viewport = resolved.viewport();
        model.viewportProperty().set(viewport);
        model.resolvedProperty().set(resolved);
        repaintInk();
        // the map moved under a still pointer (a step's flight, a zoom): the status bar follows the map
        if (model.pointerProperty().get() != null) {
            model.pointerProperty().set(new GeoPoint(WebMercator.lon(viewport.worldX(pointerX)),
                    WebMercator.lat(viewport.worldY(pointerY))));
        }
    }

    private void wireOverlayEvents() {
        overlay.surface().addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            Viewport v = overlay.viewport();
            pointerX = e.getX();
            pointerY = e.getY();
            model.pointerProperty().set(new GeoPoint(WebMercator.lon(v.worldX(e.getX())), WebMercator.lat(v.worldY(e.getY()))));
            // while a quiz takes the clicks, no tooltip may name what the pointer is over
            Optional<FeatureRef> hit = onCard(e.getX(), e.getY()) || clickTakeover.get() != null ? Optional.empty()
                    : hit(e.getX(), e.getY());
            model.hoveredProperty().set(hit.orElse(null));
            showTooltip(hit, e);
        });
        // a click on the map takes the focus from a slider or list in a panel (perhaps one since hidden), so
        // the presentation keys page the story again
        overlay.surface().addEventHandler(MouseEvent.MOUSE_PRESSED, e -> requestFocus());
        overlay.surface().addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            model.pointerProperty().set(null);
            model.hoveredProperty().set(null);
            tooltip.hide();
        });
        // Gluon zooms a tenth of a level per wheel step about the pointer; a quarter level per step, within
        // the atlas's zoom range, is what a lesson needs.
        overlay.surface().addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0) {
                overlay.beginGesturePicture();
                wheeling = true;
                wheelRest.playFromStart();
                zoomAbout(e.getX(), e.getY(), Math.signum(e.getDeltaY()) * WHEEL_STEP);
            }
            e.consume();
        });
        overlay.surface().addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (clickTakeover.get() != null) {
                if (e.isStillSincePress()) {
                    clickTakeover.get().clicked(overlay.viewport(), e.getX(), e.getY());
                }
                return;
            }
            if (e.isStillSincePress() && !closeCardAt(e.getX(), e.getY()) && !onCard(e.getX(), e.getY())) {
                model.selectionProperty().set(hit(e.getX(), e.getY()).orElse(null));
            }
        });
    }

    /** A click on the map at screen point (x, y) of the viewport as painted. */
    @FunctionalInterface
    public interface MapClick {
        void clicked(Viewport viewport, double x, double y);
    }

    /**
     * Whether the overlay is painted without any label or card (a quiz, where naming the places is the task
     * and every place must be in sight).
     */
    public BooleanProperty labelsHiddenProperty() {
        return labelsHidden;
    }

    /**
     * While set, a click on the map goes to it (a quiz's answer) instead of selecting a feature, and the
     * pointer shows no tooltip.
     */
    public ObjectProperty<MapClick> clickTakeoverProperty() {
        return clickTakeover;
    }

    /**
     * Whether the map draws its own legend card and the clicked feature's details card: on when the side panel
     * with the legend and details is hidden or closed, as on a projector or in a narrow window.
     */
    public BooleanProperty cardsShownProperty() {
        return cardsShown;
    }

    /**
     * Puts a control over the map (a drawer's tab) in one of its corners; labels and cards keep clear of it.
     */
    public void addMapControl(Node control, Pos corner, Insets margin) {
        StackPane.setAlignment(control, corner);
        StackPane.setMargin(control, margin);
        controls.add(control);
        getChildren().add(control);
        control.boundsInParentProperty().addListener((o, a, b) -> overlay.repaint());
        control.visibleProperty().addListener((o, a, b) -> overlay.repaint());
    }

    /**
     * The cards the map draws now, for the drawn places of the scene resolved: what is asked for is read here,
     * on the FX thread; the function makes the cards on the painting thread.
     */
    private Function<ResolvedScene, List<MapCard>> cards() {
        // with the labels hidden (a quiz) no card either: the legend would cover places asked for, a details
        // card would name the one clicked
        if (!cardsShown.get() || labelsHidden.get()) {
            return drawn -> List.of();
        }
        boolean legend = !legendClosed;
        String legendTitle = messages.get("panel.legend");
        Optional<MapCard> selected = Optional.ofNullable(model.selectionProperty().get()).flatMap(details::details)
                .map(d -> new MapCard.Details(DETAILS_CARD, d.title(), d.kind(), d.subtitle(),
                        d.rows().stream().map(r -> new MapCard.Details.Row(r.label(), r.value())).toList()));
        return drawn -> {
            List<MapCard> cards = new ArrayList<>();
            if (legend) {
                cards.add(new MapCard.Legend(LEGEND_CARD, legendTitle, Legend.compact(drawn), messages::get));
            }
            selected.ifPresent(cards::add);
            return cards;
        };
    }

    /** Closes the card whose close box is at (x, y); true when there was one. */
    private boolean closeCardAt(double x, double y) {
        ResolvedScene resolved = overlay.resolved();
        Optional<PlacedCard> card = resolved == null ? Optional.empty() : resolved.closeBoxAt(x, y);
        card.ifPresent(c -> {
            if (c.card().id().equals(LEGEND_CARD)) {
                legendClosed = true;
                overlay.repaint();
            } else {
                model.selectionProperty().set(null);
            }
        });
        return card.isPresent();
    }

    private boolean onCard(double x, double y) {
        ResolvedScene resolved = overlay.resolved();
        return resolved != null && resolved.onCard(x, y);
    }

    /** Whether a hover tooltip is showing now. */
    public boolean tooltipShowing() {
        return tooltip.isShowing();
    }

    /** What is drawn under (x, y) in the overlay as last painted. */
    private Optional<FeatureRef> hit(double x, double y) {
        ResolvedScene resolved = overlay.resolved();
        return resolved == null ? Optional.empty() : hitTester.hit(resolved, x, y);
    }

    /** "成都 Chengdu" and the first fact of the details: the rank of a place, the type of a corridor … */
    private static String tooltipText(FeatureDetails details) {
        String facts = details.rows().isEmpty() ? details.kind() : details.rows().get(0).value();
        return details.title() + "  " + details.subtitle() + "\n" + facts;
    }

    private void showTooltip(Optional<FeatureRef> hit, MouseEvent e) {
        Optional<String> text = hit.flatMap(details::details).map(AtlasMapView::tooltipText);
        if (text.isEmpty()) {
            tooltip.hide();
            return;
        }
        tooltip.setText(text.get());
        tooltip.show(overlay.surface(), e.getScreenX() + 14, e.getScreenY() + 14);
    }
}
