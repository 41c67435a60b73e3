// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.render.ClusterPalette;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.style.MapStyle;

/** The data the application ships, loaded once per test JVM (it is immutable). */
public final class ShippedAtlas {

    private static Atlas atlas;
    private static MapStyle style;
    private static FontSet fonts;

    private ShippedAtlas() {
    }

    public static synchronized Atlas atlas() {
        if (atlas == null) {
            try {
                atlas = AtlasLoader.loadShipped();
            } catch (DataException e) {
                throw new AssertionError("the shipped data does not load: " + e.getMessage(), e);
            }
        }
        return atlas;
    }

    public static synchronized MapStyle style() {
        if (style == null) {
            try {
                style = new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE).load();
            } catch (DataException e) {
                throw new AssertionError("the shipped style does not load: " + e.getMessage(), e);
            }
        }
        return style;
    }

    public static synchronized FontSet fonts() {
        if (fonts == null) {
            fonts = FontSet.bundled();
        }
        return fonts;
    }

    public static MapPainter painter() {
        return new MapPainter(style(), fonts());
    }

    /** The chart of Table 2 in the map's cluster colours, as the evidence panel makes it. */
    public static GroupedBarChartPainter chart() {
        return new GroupedBarChartPainter(fonts(), ClusterPalette.of(style(), atlas().content().clusters()));
    }
}
