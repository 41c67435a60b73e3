// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.RenderingHints;

/**
 * A rendering hint that tells the painter its Graphics2D writes vectors (PDF, SVG) rather than pixels.
 * Label halos are then written as glyph outlines with a wide round stroke, a few numbers each, instead of
 * the filled outline of that stroke, which a raster target caches but a file would store in full.
 */
public final class VectorTarget extends RenderingHints.Key {

    /** Set to {@link Boolean#TRUE} on a Graphics2D that writes PDF or SVG. */
    public static final VectorTarget KEY = new VectorTarget();

    private VectorTarget() {
        super(0x48410001);
    }

    @Override
    public boolean isCompatibleValue(Object value) {
        return value instanceof Boolean;
    }

    static boolean on(java.awt.Graphics2D g) {
        return Boolean.TRUE.equals(g.getRenderingHint(KEY));
    }
}
