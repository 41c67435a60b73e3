// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.EconomicRegion;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.Flow;
import org.hinterlandatlas.model.FlowEnd;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.style.MapStyle;

/**
 * Paints the flows layer: for each movement the sources name, a curved arrow from its source to its
 * destination, and the source area tinted when the source is an area (the eastern coast) rather than a
 * place. The same geometry answers hit tests, so what is clicked is what is drawn.
 *
 * <p>The arrows are schematic: they join the two ends, bending to one side so that two arrows into one
 * place stay apart; they follow no route.
 */
public final class FlowPainter {

    /** How far the curve bows out, as a share of the distance between its ends. */
    private static final double BEND = 0.16;
    /** Pointer tolerance around an arrow, in pixels. */
    private static final double TOLERANCE = 4;
    /** Clear space between an arrow's tip and the symbol it points at, in CSS pixels. */
    private static final double GAP = 3;

    private final MapStyle.Overlay style;

    public FlowPainter(MapStyle.Overlay style) {
        this.style = style;
    }

    /**
     * The flows drawn in a scene: none without the flows layer; those highlighted (a step about them), or all
     * of them when none is highlighted (a teacher switching the layer on).
     */
    public static List<Flow> drawn(OverlayScene scene, double zoom) {
        if (!scene.shows(MapLayerId.FLOWS, zoom)) {
            return List.of();
        }
        List<Flow> highlighted = scene.content().flows().stream()
                .filter(f -> scene.isHighlighted(FeatureRef.Kind.FLOW, f.id())).toList();
        return highlighted.isEmpty() ? scene.content().flows() : highlighted;
    }

    /** Receives the room an arrow takes, so that labels keep clear of it. */
    @FunctionalInterface
    interface Obstacles {
        void add(double x, double y, double radius);
    }

    /** Paints the flows: the tinted source areas first, then the arrows over them. */
    void paint(Graphics2D g, Viewport viewport, OverlayScene scene) {
        List<Flow> flows = drawn(scene, viewport.zoom());
        for (Flow flow : flows) {
            if (flow.from().isArea()) {
                tintSource(g, viewport, scene, flow);
            }
        }
        for (Flow flow : flows) {
            // no highlight ring: a step's flows are already marked by being the only ones drawn
            paintArrow(g, arrow(viewport, flow), style.flows().byKind().get(flow.kind()));
        }
    }

    /** Tells {@code obstacles} where the arrowheads and shafts are, so that labels keep clear of them. */
    void reserve(Viewport viewport, OverlayScene scene, Obstacles obstacles) {
        for (Flow flow : drawn(scene, viewport.zoom())) {
            reserve(arrow(viewport, flow), style.flows().headLength(), obstacles);
        }
    }

    /** The flow under the pointer, if any. */
    public Optional<FeatureRef> hit(OverlayScene scene, Viewport viewport, double x, double y) {
        for (Flow flow : drawn(scene, viewport.zoom())) {
            Arrow arrow = arrow(viewport, flow);
            float reach = (float) (style.flows().byKind().get(flow.kind()).width() + 2 * TOLERANCE);
            if (new BasicStroke(reach).createStrokedShape(arrow.shaft()).contains(x, y) || arrow.head().contains(x, y)) {
                return Optional.of(new FeatureRef(FeatureRef.Kind.FLOW, flow.id()));
            }
        }
        return Optional.empty();
    }

    /**
     * The head as one obstacle: a label may stand over a shaft, whose casing keeps it readable, but never
     * over an arrowhead, which says where the movement goes.
     */
    private static void reserve(Arrow arrow, double head, Obstacles obstacles) {
        Rectangle2D box = arrow.head().getBounds2D();
        obstacles.add(box.getCenterX(), box.getCenterY(), head * 0.6);
    }

    /** A legend key: a short straight arrow in the kind's line. */
    void paintKey(Graphics2D g, FlowKind kind, double cx, double cy, double halfWidth) {
        MapStyle.Line line = style.flows().byKind().get(kind);
        Path2D.Double shaft = new Path2D.Double();
        double head = style.flows().headLength() * 0.7;
        shaft.moveTo(cx - halfWidth, cy);
        shaft.lineTo(cx + halfWidth - head * 0.8, cy);
        paintArrow(g, new Arrow(shaft, head(cx + halfWidth, cy, 1, 0, head)), line);
    }

    private void paintArrow(Graphics2D g, Arrow arrow, MapStyle.Line line) {
        g.setColor(style.flows().casing());
        g.setStroke(Strokes.of(line.width() + 2, new float[0]));
        g.draw(arrow.shaft());
        g.draw(arrow.head());
        g.setColor(line.color());
        g.setStroke(Strokes.of(line));
        g.draw(arrow.shaft());
        g.fill(arrow.head());
    }

    /** The source area in a light tint of the arrow's colour with a dashed outline: where the movement starts. */
    private void tintSource(Graphics2D g, Viewport viewport, OverlayScene scene, Flow flow) {
        Color colour = style.flows().byKind().get(flow.kind()).color();
        Color tint = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), style.flows().areaAlpha());
        List<String> codes = provinces(scene, flow.from().ref());
        List<Shape> shapes = new ArrayList<>();
        for (MapFeature province : scene.baseMap().features(viewport.band(), BaseLayerId.PROVINCES)) {
            if (codes.contains(province.property("code"))) {
                Path2D.Float path = ScreenPaths.of(province.geometry(), viewport,
                        viewport.visibleWorld().expand(16 / viewport.scale()));
                if (path != null) {
                    shapes.add(path);
                }
            }
        }
        g.setColor(tint);
        shapes.forEach(g::fill);
        g.setColor(colour);
        g.setStroke(Strokes.of(1.2f, new float[] {5, 3}));
        shapes.forEach(g::draw);
    }

    private static List<String> provinces(OverlayScene scene, FeatureRef area) {
        if (area.kind() == FeatureRef.Kind.REGION) {
            return scene.content().regions().stream().filter(r -> r.id().equals(area.id())).findFirst()
                    .map(EconomicRegion::provinceCodes).orElse(List.of());
        }
        return scene.content().clusters().stream().filter(c -> c.id().equals(area.id())).findFirst()
                .map(CityCluster::provinceCodes).orElse(List.of());
    }

    /** The shaft, a quadratic curve bowing to the north of the straight line, and the head at the destination. */
    private Arrow arrow(Viewport viewport, Flow flow) {
        Point2D.Double from = screen(viewport, flow.from());
        Point2D.Double to = screen(viewport, flow.to());
        double dx = to.x - from.x;
        double dy = to.y - from.y;
        double length = Math.hypot(dx, dy);
        if (length < 1) {
            return new Arrow(new Path2D.Double(), new Path2D.Double());
        }
        double nx = -dy / length;
        double ny = dx / length;
        if (ny > 0) {
            nx = -nx;
            ny = -ny;
        }
        double cx = (from.x + to.x) / 2 + nx * BEND * length;
        double cy = (from.y + to.y) / 2 + ny * BEND * length;
        double startClear = clearance(flow.from());
        double endClear = clearance(flow.to());
        Point2D.Double start = towards(from, cx, cy, startClear);
        Point2D.Double tip = towards(to, cx, cy, endClear);
        double tx = tip.x - cx;
        double ty = tip.y - cy;
        double tl = Math.hypot(tx, ty);
        double head = style.flows().headLength();
        Point2D.Double base = towards(tip, cx, cy, head * 0.8);
        Path2D.Double shaft = new Path2D.Double();
        shaft.moveTo(start.x, start.y);
        shaft.quadTo(cx, cy, base.x, base.y);
        return new Arrow(shaft, head(tip.x, tip.y, tx / tl, ty / tl, head));
    }

    private static Path2D.Double head(double x, double y, double ux, double uy, double length) {
        double half = length * 0.45;
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - ux * length - uy * half, y - uy * length + ux * half);
        head.lineTo(x - ux * length + uy * half, y - uy * length - ux * half);
        head.closePath();
        return head;
    }

    /** A point moved from {@code p} towards (x, y) by {@code distance}. */
    private static Point2D.Double towards(Point2D.Double p, double x, double y, double distance) {
        double dx = x - p.x;
        double dy = y - p.y;
        double length = Math.hypot(dx, dy);
        if (length <= distance || length == 0) {
            return p;
        }
        return new Point2D.Double(p.x + dx / length * distance, p.y + dy / length * distance);
    }

    /** An arrow stops short of a place's symbol and its highlight; it touches an area at its point. */
    private double clearance(FlowEnd end) {
        if (end.isArea()) {
            return 0;
        }
        return (style.nodes().get(Tier.CORE).radius() + style.highlight().width() + GAP);
    }

    private static Point2D.Double screen(Viewport viewport, FlowEnd end) {
        return new Point2D.Double(viewport.screenX(WebMercator.worldX(end.at().lon())),
                viewport.screenY(WebMercator.worldY(end.at().lat())));
    }

    private record Arrow(Path2D.Double shaft, Path2D.Double head) {
    }
}
