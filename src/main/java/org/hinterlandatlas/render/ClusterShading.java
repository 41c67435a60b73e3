// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.Color;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Values that colour the city clusters on a sequential scale from zero to {@code max}: a choropleth of the
 * clusters, e.g. each cluster's national share in one industry of Table 2. Clusters without a value are
 * left untinted, so a cluster the data does not cover is not mistaken for a low value.
 */
public record ClusterShading(Map<String, Double> values, double max) {

    /** ColorBrewer "Blues" (light to dark), a sequential scheme that reads in print and for colour-blind readers. */
    private static final Color[] RAMP = {
        new Color(0xDE, 0xEB, 0xF7), new Color(0x9E, 0xCA, 0xE1), new Color(0x42, 0x92, 0xC6),
        new Color(0x08, 0x51, 0x9C), new Color(0x08, 0x30, 0x6B)
    };
    private static final int ALPHA = 215;

    public ClusterShading {
        values = new LinkedHashMap<>(values);
        if (!(max > 0)) {
            throw new IllegalArgumentException("the scale's maximum must be positive: " + max);
        }
    }

    @Override
    public Map<String, Double> values() {
        return Map.copyOf(values);
    }

    public Optional<Color> colour(String clusterId) {
        Double value = values.get(clusterId);
        return value == null ? Optional.empty() : Optional.of(colourAt(value / max));
    }

    /** The colour at a fraction 0..1 of the scale, interpolated between the ramp's steps. */
    public static Color colourAt(double fraction) {
        double position = Math.max(0, Math.min(1, fraction)) * (RAMP.length - 1);
        int low = (int) Math.floor(position);
        int high = Math.min(low + 1, RAMP.length - 1);
        double t = position - low;
        Color a = RAMP[low];
        Color b = RAMP[high];
        return new Color(mix(a.getRed(), b.getRed(), t), mix(a.getGreen(), b.getGreen(), t),
                mix(a.getBlue(), b.getBlue(), t), ALPHA);
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
