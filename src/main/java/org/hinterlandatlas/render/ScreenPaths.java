// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.geom.Path2D;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WorldBounds;
import org.hinterlandatlas.geo.WorldGeometry;

/** Turns projected geometry into screen paths for a viewport, skipping parts that cannot be seen. */
final class ScreenPaths {

    private ScreenPaths() {
    }

    /**
     * The geometry's path on screen, or null when none of it is inside {@code visible}. Polygon rings share
     * one path with the even-odd rule, so holes (lakes in a province) stay holes.
     */
    static Path2D.Float of(WorldGeometry geometry, Viewport viewport, WorldBounds visible) {
        if (!geometry.bounds().intersects(visible)) {
            return null;
        }
        double scale = viewport.scale();
        double ox = viewport.originX();
        double oy = viewport.originY();
        boolean closed = geometry.kind() == WorldGeometry.Kind.POLYGON;
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, geometry.vertexCount() + geometry.parts().size());
        for (int p = 0; p < geometry.parts().size(); p++) {
            if (!geometry.partBounds().get(p).intersects(visible)) {
                continue;
            }
            double[] part = geometry.parts().get(p);
            path.moveTo(part[0] * scale + ox, part[1] * scale + oy);
            for (int i = 2; i < part.length; i += 2) {
                path.lineTo(part[i] * scale + ox, part[i + 1] * scale + oy);
            }
            if (closed) {
                path.closePath();
            }
        }
        return path;
    }
}
