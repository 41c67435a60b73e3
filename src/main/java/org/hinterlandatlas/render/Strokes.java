// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import org.hinterlandatlas.style.MapStyle;

/** Builds AWT strokes from style lines . */
final class Strokes {

    private Strokes() {
    }

    static BasicStroke of(float width, float[] dash) {
        if (dash.length == 0) {
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash.clone(), 0f);
    }

    static BasicStroke of(MapStyle.Line line) {
        return of(line.width(), line.dash());
    }
}
