// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.map;

import javafx.scene.transform.Affine;
import org.hinterlandatlas.geo.Viewport;

/** How a picture painted for one viewport is moved and scaled to lie under another. */
final class MapMotion {

    private MapMotion() {
    }

    /**
     * The transform taking the pixels painted for {@code drawn} to where the same world points are in
     * {@code now}: the identity when they are the same. A move at the same zoom goes by whole pixels, which
     * the software pipeline copies instead of filtering.
     */
    static Affine between(Viewport drawn, Viewport now) {
        double scale = now.scale() / drawn.scale();
        double dx = now.originX() - drawn.originX() * scale;
        double dy = now.originY() - drawn.originY() * scale;
        if (Math.abs(scale - 1) < 1e-9) {
            return new Affine(1, 0, Math.round(dx), 0, 1, Math.round(dy));
        }
        return new Affine(scale, 0, dx, 0, scale, dy);
    }
}
