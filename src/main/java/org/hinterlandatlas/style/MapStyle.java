// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.style;

import java.awt.Color;
import java.util.Map;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.Tier;

/**
 * The map's look, resolved from resources/styles/map-style.json. Sizes are CSS pixels; painters multiply
 * them by the output's pixel scale.
 *
 * @param fingerprint a hash of the style file, part of every tile's cache key
 */
public record MapStyle(String fingerprint, Base base, Overlay overlay) {

    /** A stroked line; {@code dash} is empty for a solid line. */
    public record Line(Color color, float width, float[] dash) {
    }

    /** A filled area with an outline. */
    public record Area(Color fill, Color outline, float width, float[] dash) {
    }

    public record Base(Color sea, Color foreignLand, Color chinaLand, Line nationalBorder, Line provinceLine,
                       Line prefectureLine, Color river, float[] riverWidthByRank, Area lake, Line maritime) {

        /** Rivers of rank 1 are the widest; ranks beyond the table take its last width. */
        public float riverWidth(int rank) {
            int index = Math.max(0, Math.min(riverWidthByRank.length - 1, rank - 1));
            return riverWidthByRank[index];
        }
    }

    public record Circle(Color fill, Color hatch, Color outline, float width) {
    }

    public record Corridors(Map<CorridorType, Line> byType, float[] underConstructionDash, float[] plannedDash,
                            Color casing) {
    }

    public record Node(float radius, Color fill, Color outline, float width, float fontSize, boolean bold,
                       Color labelColor) {
    }

    public record Labels(Color halo, float haloWidth, float secondLineScale, Color areaColor, float areaFontSize,
                         float clusterFontSize) {
    }

    public record Furniture(Color color, float fontSize, Color background) {
    }

    /**
     * @param historicSite the symbol of the story's historic sites (Third Front plants and others)
     * @param flows        the arrows of the flows layer, by what moves, with their casing and source-area tint
     */
    public record Overlay(Area hinterland, Map<ClusterRole, Area> clusters, Circle circle, Corridors corridors,
                          Map<Tier, Node> nodes, Labels labels, Line highlight, Furniture furniture,
                          Node historicSite, Flows flows) {
    }

    /**
     * Flow arrows: a line per kind of movement; {@code headLength} is the arrowhead's length, and an area
     * the arrow starts from is tinted in {@code areaAlpha} of the arrow's colour.
     */
    public record Flows(Map<FlowKind, Line> byKind, Color casing, float headLength, int areaAlpha) {
    }
}
