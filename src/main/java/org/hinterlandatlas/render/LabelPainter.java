// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.util.List;
import org.hinterlandatlas.style.MapStyle;

/**
 * Draws placed labels: a halo made from the glyph outlines, then the text itself with drawString, so that
 * PDF and SVG targets receive real text. On those targets ({@link VectorTarget}) the halo is the outline
 * drawn with a wide round stroke, which looks the same and takes a fraction of the file.
 *
 * <p>Stroking glyph outlines is most of a repaint's cost, and the same names are drawn on every pan, so
 * halos are kept, at the origin, in a least-recently-used cache bounded by the bytes of their outlines.
 */
final class LabelPainter {

    /** 8 MiB: a few thousand names' halos, every label of a long lesson in both languages. */
    private static final long CACHED_HALO_BYTES = 8L << 20;

    private record HaloKey(String text, Font font, float width) {
    }

    private final LruCache<HaloKey, Shape> halos = new LruCache<>(CACHED_HALO_BYTES, LabelPainter::bytes);

    void paint(Graphics2D g, List<PlacedLabel> labels, MapStyle.Labels style) {
        float haloWidth = style.haloWidth();
        boolean vector = VectorTarget.on(g);
        BasicStroke haloStroke = new BasicStroke(haloWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        for (PlacedLabel label : labels) {
            for (PlacedLabel.Line line : label.lines()) {
                g.translate(line.x(), line.baseline());
                g.setColor(style.halo());
                if (vector) {
                    g.setStroke(haloStroke);
                    g.draw(line.font().createGlyphVector(LabelPlacer.MEASURE, line.text()).getOutline());
                } else {
                    g.fill(halo(line.text(), line.font(), haloWidth));
                }
                g.translate(-line.x(), -line.baseline());
                g.setColor(label.color());
                g.setFont(line.font());
                g.drawString(line.text(), line.x(), line.baseline());
            }
        }
    }

    /** What an outline holds: per segment a type byte and up to three points of two floats. */
    static long bytes(Shape outline) {
        long bytes = 64;
        for (PathIterator it = outline.getPathIterator(null); !it.isDone(); it.next()) {
            bytes += 1 + 6 * Float.BYTES;
        }
        return bytes;
    }

    private Shape halo(String text, Font font, float width) {
        return halos.computeIfAbsent(new HaloKey(text, font, width), key -> {
            Shape outline = font.createGlyphVector(LabelPlacer.MEASURE, text).getOutline();
            return new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND).createStrokedShape(outline);
        });
    }
}
