// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Paints ink into images at different viewports and checks that it lies where its places do. */
class InkPainterTest {

    private static final GeoPoint CHENGDU = new GeoPoint(104.06, 30.66);
    private static final GeoPoint CHONGQING = new GeoPoint(106.55, 29.56);
    private static final int SIZE = 400;

    private final MapPainter painter = ShippedAtlas.painter();

    @Test
    void aPenStrokeFollowsTheMapThroughPanAndZoom() {
        Annotation pen = new Annotation.Stroke(Annotation.Stroke.Kind.PEN, "#d62728", 6, List.of(CHENGDU, CHONGQING));
        Viewport near = Viewport.centredOn(105.3, 30.1, 7, SIZE, SIZE);
        Viewport panned = Viewport.centredOn(104.6, 30.4, 7, SIZE, SIZE);
        Viewport zoomedOut = Viewport.centredOn(105.3, 30.1, 6, SIZE, SIZE);
        for (Viewport viewport : List.of(near, panned, zoomedOut)) {
            BufferedImage image = paint(viewport, List.of(pen));
            Point2D middle = midpoint(InkPainter.screen(viewport, CHENGDU), InkPainter.screen(viewport, CHONGQING));
            assertEquals(0xffd62728, at(image, middle), "the stroke passes half-way between its places at " + viewport);
        }
        BufferedImage first = paint(near, List.of(pen));
        Point2D oldMiddle = midpoint(InkPainter.screen(panned, CHENGDU), InkPainter.screen(panned, CHONGQING));
        assertEquals(0, first.getRGB((int) oldMiddle.getX(), (int) oldMiddle.getY() - 40) >>> 24,
                "no ink where the stroke would be if it had not moved with the map");
    }

    @Test
    void aHighlighterIsTranslucent() {
        Annotation highlighter = new Annotation.Stroke(Annotation.Stroke.Kind.HIGHLIGHTER, "#ffdd00", 16,
                List.of(CHENGDU, CHONGQING));
        Viewport viewport = Viewport.centredOn(105.3, 30.1, 7, SIZE, SIZE);
        BufferedImage image = paint(viewport, List.of(highlighter));
        int alpha = image.getRGB((int) midpoint(InkPainter.screen(viewport, CHENGDU),
                InkPainter.screen(viewport, CHONGQING)).getX(), (int) midpoint(InkPainter.screen(viewport, CHENGDU),
                InkPainter.screen(viewport, CHONGQING)).getY()) >>> 24;
        assertTrue(alpha > 60 && alpha < 160, "the highlighter lets the map show through: alpha " + alpha);
    }

    @Test
    void anArrowEndsInAHeadWiderThanItsShaft() {
        Viewport viewport = Viewport.centredOn(105.3, 30.1, 7, SIZE, SIZE);
        Annotation arrow = new Annotation.Line(true, "#1f77b4", 3, CHENGDU, CHONGQING);
        Annotation line = new Annotation.Line(false, "#1f77b4", 3, CHENGDU, CHONGQING);
        assertTrue(inked(paint(viewport, List.of(arrow))) > inked(paint(viewport, List.of(line))) + 20,
                "the arrowhead adds ink at the tip");
        Point2D tip = InkPainter.screen(viewport, CHONGQING);
        Point2D from = InkPainter.screen(viewport, CHENGDU);
        double length = tip.distance(from);
        // a point beside the shaft, just short of the tip, inside the head
        double ux = (tip.getX() - from.getX()) / length;
        double uy = (tip.getY() - from.getY()) / length;
        Point2D besideHead = new Point2D.Double(tip.getX() - ux * 10 - uy * 3, tip.getY() - uy * 10 + ux * 3);
        assertEquals(0xff1f77b4, at(paint(viewport, List.of(arrow)), besideHead), "the head is filled");
        assertEquals(0, at(paint(viewport, List.of(line)), besideHead) >>> 24, "a plain line has no head");
    }

    @Test
    void textIsWrittenBelowAndRightOfItsPlace() {
        Viewport viewport = Viewport.centredOn(105.3, 30.1, 7, SIZE, SIZE);
        BufferedImage image = paint(viewport, List.of(new Annotation.Text("#000000", 24, CHENGDU, "成都 Chengdu")));
        Point2D at = InkPainter.screen(viewport, CHENGDU);
        int inBox = 0;
        int outside = 0;
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                if ((image.getRGB(x, y) >>> 24) > 128) {
                    boolean inside = x >= at.getX() - 1 && x <= at.getX() + 200 && y >= at.getY() - 1
                            && y <= at.getY() + 34;
                    if (inside) {
                        inBox++;
                    } else {
                        outside++;
                    }
                }
            }
        }
        assertTrue(inBox > 150, "the words are drawn: " + inBox);
        assertEquals(0, outside, "all of them below and right of the place");
    }

    @Test
    void coloursWithAlphaAreRead() {
        assertEquals(0x80112233, InkPainter.colour("#11223380").getRGB());
        assertEquals(0xff112233, InkPainter.colour("#112233").getRGB());
    }

    private BufferedImage paint(Viewport viewport, List<Annotation> ink) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        painter.paintInk(g, viewport, ink);
        g.dispose();
        return image;
    }

    private static Point2D midpoint(Point2D a, Point2D b) {
        return new Point2D.Double((a.getX() + b.getX()) / 2, (a.getY() + b.getY()) / 2);
    }

    private static int at(BufferedImage image, Point2D p) {
        return image.getRGB((int) Math.round(p.getX()), (int) Math.round(p.getY()));
    }

    private static int inked(BufferedImage image) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += (image.getRGB(x, y) >>> 24) > 128 ? 1 : 0;
            }
        }
        return count;
    }
}
