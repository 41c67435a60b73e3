// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.ClusterRole;
import org.hinterlandatlas.style.MapStyle;

/**
 * The colour of each city cluster off the map — in the chart of Table 2 and its legend — taken from the
 * map's style, so a cluster has one colour everywhere: its role's tint as it looks on the land of the map,
 * outlined in its role's outline colour (the colour of its border and its name on the map). Clusters sharing
 * a role (the coastal poles) share those colours; all but the first of them are hatched in the outline
 * colour, so that the chart still tells them apart.
 */
public final class ClusterPalette {

    private static final Color FALLBACK = new Color(0x88, 0x88, 0x88);

    private final Map<String, Color> colours = new HashMap<>();
    private final Map<String, Color> outlines = new HashMap<>();
    private final Set<String> hatched = new HashSet<>();

    private ClusterPalette(MapStyle style, List<CityCluster> clusters) {
        Set<ClusterRole> seen = EnumSet.noneOf(ClusterRole.class);
        for (CityCluster cluster : clusters) {
            MapStyle.Area area = style.overlay().clusters().get(cluster.role());
            colours.put(cluster.id(), over(area.fill(), style.base().chinaLand()));
            outlines.put(cluster.id(), area.outline());
            if (!seen.add(cluster.role())) {
                hatched.add(cluster.id());
            }
        }
    }

    public static ClusterPalette of(MapStyle style, List<CityCluster> clusters) {
        return new ClusterPalette(style, clusters);
    }

    /** The cluster's colour, opaque; grey for a cluster the content does not know. */
    public Color colour(String clusterId) {
        return colours.getOrDefault(clusterId, FALLBACK);
    }

    /** The cluster's outline colour, which also draws its hatching. */
    public Color outline(String clusterId) {
        return outlines.getOrDefault(clusterId, FALLBACK.darker());
    }

    /** Whether the cluster's bars and swatches carry hatching over its colour. */
    public boolean hatched(String clusterId) {
        return hatched.contains(clusterId);
    }

    /** A translucent tint composited over the map's land: the colour the reader sees on the map. */
    static Color over(Color tint, Color ground) {
        double a = tint.getAlpha() / 255.0;
        return new Color(mix(tint.getRed(), ground.getRed(), a), mix(tint.getGreen(), ground.getGreen(), a),
                mix(tint.getBlue(), ground.getBlue(), a));
    }

    private static int mix(int top, int bottom, double alpha) {
        return (int) Math.round(top * alpha + bottom * (1 - alpha));
    }
}
