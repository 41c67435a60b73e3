// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.style;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.model.CorridorType;
import org.hinterlandatlas.model.PlaceRole;
import org.hinterlandatlas.model.FlowKind;
import org.hinterlandatlas.model.Tier;

/**
 * The map's look, resolved from resources/styles/map-style.json. Sizes are CSS pixels; painters multiply
 * them by the output's pixel scale.
 *
 * @param fingerprint a hash of the style file, part of every tile's cache key
 */
public record MapStyle(String fingerprint, Base base, Overlay overlay) {

    /**
     * This style with every name on the map one size step larger — the inverse of the step an essential label
     * shrinks by — for a map read from the back of a classroom. Symbols, lines and furniture stay as they are.
     */
    public MapStyle withLabelsOneStepLarger() {
        float factor = 1 / overlay.labels().shrink();
        Map<Tier, Node> nodes = new EnumMap<>(Tier.class);
        overlay.nodes().forEach((tier, node) -> nodes.put(tier, node.withFontSize(node.fontSize() * factor)));
        Labels l = overlay.labels();
        Labels labels = new Labels(l.halo(), l.haloWidth(), l.secondLineScale(), l.areaColor(),
                l.areaFontSize() * factor, l.clusterFontSize() * factor, l.gap(), l.gapPerRadius(), l.shrink());
        Overlay o = overlay;
        return new MapStyle(fingerprint + "+labels", base, new Overlay(o.hinterland(), o.clusters(), o.circle(),
                o.corridors(), Map.copyOf(nodes), labels, o.highlight(), o.furniture(),
                o.historicSite().withFontSize(o.historicSite().fontSize() * factor), o.visibility(), o.flows()));
    }

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

        public Node withFontSize(float size) {
            return new Node(radius, fill, outline, width, size, bold, labelColor);
        }
    }

    /**
     * @param gap          the distance from a symbol's edge to its label's text, in CSS pixels …
     * @param gapPerRadius … plus this share of the symbol's radius
     * @param shrink       the one smaller step of type an essential label takes before it is dropped
     */
    public record Labels(Color halo, float haloWidth, float secondLineScale, Color areaColor, float areaFontSize,
                         float clusterFontSize, float gap, float gapPerRadius, float shrink) {
    }

    /**
     * What is drawn and labelled from which zoom, and which labels win a contested place: the rules the
     * painter, the hit tester and the legend all read from the one resolved scene.
     *
     * @param nodesFrom          the zoom from which each tier's nodes are drawn
     * @param externalRolesFrom  for places outside the circle, the zoom from which a role is drawn, where it
     *                           differs from the external tier's
     * @param circleDetailFrom   the zoom from which the circle's tint and the partly included units' hatching show
     * @param provinceLabelsFrom the zoom range of the provinces' names …
     * @param provinceLabelsUntil … up to (not including) this zoom, where the units' names take over
     * @param unitLabelsFrom     the zoom from which the circle's units are named
     * @param bilingualFrom      the zoom from which every node's name has its second language below it (the
     *                           essential tiers and the poles have it always)
     * @param tierPriority       label priority of each tier; higher is placed first
     * @param externalRolePriority label priority of the roles of places outside the circle
     * @param clusterPriority    label priority of the city clusters' names
     * @param provincePriority   label priority of the provinces' names
     * @param unitPriority       label priority of the circle's units' names
     * @param essentialTiers     tiers labelled at every size: their type shrinks a step before a label is dropped
     */
    public record Visibility(Map<Tier, Float> nodesFrom, Map<PlaceRole, Float> externalRolesFrom,
                             float circleDetailFrom, float provinceLabelsFrom, float provinceLabelsUntil,
                             float unitLabelsFrom, float bilingualFrom, Map<Tier, Integer> tierPriority,
                             Map<PlaceRole, Integer> externalRolePriority, int clusterPriority, int provincePriority,
                             int unitPriority, Set<Tier> essentialTiers) {

        public Visibility {
            nodesFrom = Map.copyOf(nodesFrom);
            externalRolesFrom = Map.copyOf(externalRolesFrom);
            tierPriority = Map.copyOf(tierPriority);
            externalRolePriority = Map.copyOf(externalRolePriority);
            essentialTiers = Set.copyOf(essentialTiers);
        }
    }

    public record Furniture(Color color, float fontSize, Color background) {
    }

    /**
     * @param historicSite the symbol of the story's historic sites (Third Front plants and others)
     * @param flows        the arrows of the flows layer, by what moves, with their casing and source-area tint
     */
    public record Overlay(Area hinterland, Map<ClusterRole, Area> clusters, Circle circle, Corridors corridors,
                          Map<Tier, Node> nodes, Labels labels, Line highlight, Furniture furniture,
                          Node historicSite, Visibility visibility, Flows flows) {
    }

    /**
     * Flow arrows: a line per kind of movement; {@code headLength} is the arrowhead's length, and an area
     * the arrow starts from is tinted in {@code areaAlpha} of the arrow's colour.
     */
    public record Flows(Map<FlowKind, Line> byKind, Color casing, float headLength, int areaAlpha) {
    }
}
