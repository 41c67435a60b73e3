// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.Set;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.OverlayScene;

/**
 * The national map of the city clusters coloured by their share in one industry, as the body of a page,
 * painted by the same {@link ClusterShareMapPainter} as the evidence panel, in CSS pixels at the screen's
 * symbol sizes like every map on a page. The page carries the credits and the notice; the shading's scale is
 * the figure's legend; scale bar and north arrow are drawn when the figure asks for them.
 */
public final class ClusterShareMapBody implements PageBody {

    private final ClusterShareMapPainter painter;
    private final MapState state;
    private final OverlayScene scene;
    private final ClusterShareMapPainter.Captions captions;
    private final Set<ClusterShareMapPainter.Part> parts;

    /**
     * @param state the area the map shows
     * @param scene the clusters with their shading, in the figure's language
     */
    public ClusterShareMapBody(ClusterShareMapPainter painter, MapState state, OverlayScene scene,
                               ClusterShareMapPainter.Captions captions, Set<Furniture> furniture) {
        this.painter = painter;
        this.state = state;
        this.scene = scene;
        this.captions = captions;
        this.parts = parts(furniture);
    }

    /** The scene painted, shading included. */
    public OverlayScene scene() {
        return scene;
    }

    private static Set<ClusterShareMapPainter.Part> parts(Set<Furniture> furniture) {
        Set<ClusterShareMapPainter.Part> parts = EnumSet.noneOf(ClusterShareMapPainter.Part.class);
        if (furniture.contains(Furniture.LEGEND)) {
            parts.add(ClusterShareMapPainter.Part.SHADING_SCALE);
        }
        if (furniture.contains(Furniture.SCALE_BAR)) {
            parts.add(ClusterShareMapPainter.Part.SCALE_BAR);
        }
        if (furniture.contains(Furniture.NORTH_ARROW)) {
            parts.add(ClusterShareMapPainter.Part.NORTH_ARROW);
        }
        return parts;
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        painter.paint(g, width, height, state.southWest(), state.northEast(), scene, captions, parts);
    }
}
