// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import org.hinterlandatlas.style.MapStyle;

/** Builds AWT strokes from style lines at an output's pixel scale. */
final class Strokes {

    private Strokes() {
    }

    static BasicStroke of(float width, float[] dash, double pixelScale) {
        float w = (float) (width * pixelScale);
        if (dash.length == 0) {
            return new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        float[] scaled = new float[dash.length];
        for (int i = 0; i < dash.length; i++) {
            scaled[i] = (float) (dash[i] * pixelScale);
        }
        return new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, scaled, 0f);
    }

    static BasicStroke of(MapStyle.Line line, double pixelScale) {
        return of(line.width(), line.dash(), pixelScale);
    }
}
