// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.PageSize;

/**
 * A page's raster painted a band of rows at a time, each band into a small image, so that a PNG of any
 * resolution needs the memory of a band or two instead of the page's. A band is the whole page painted by
 * the page painter, only moved up by whole rows under a raster that holds just those rows: labels are placed
 * for the page, hatching and clips lie in page coordinates, so nothing painted depends on where a band starts.
 */
final class PageBands {

    private static final int BYTES_PER_PIXEL = 4;

    private final Figure figure;
    private final PagePainter painter;
    private final int width;
    private final int height;
    private final int bandHeight;

    /** The page at {@code dpi} in bands of {@code bandHeight} rows (the last may be shorter). */
    PageBands(Figure figure, PagePainter painter, double dpi, int bandHeight) {
        if (bandHeight < 1) {
            throw new IllegalArgumentException("a band has at least one row: " + bandHeight);
        }
        PageSize page = figure.page();
        this.figure = figure;
        this.painter = painter;
        this.width = Math.max(1, (int) Math.round(page.widthMm() / 25.4 * dpi));
        this.height = Math.max(1, (int) Math.round(page.heightMm() / 25.4 * dpi));
        this.bandHeight = Math.min(bandHeight, height);
    }

    /** The most rows of {@code width} pixels whose raster fits {@code bytes}, and at least one. */
    static int rowsWithin(int width, long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, bytes / ((long) width * BYTES_PER_PIXEL)));
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    int count() {
        return (height + bandHeight - 1) / bandHeight;
    }

    /** The rows of band {@code index}: all the band's, or what is left of the page in the last one. */
    int rows(int index) {
        return Math.min(bandHeight, height - index * bandHeight);
    }

    /** An image to paint bands into, over and over: a raster of one band, white unless painted. */
    BufferedImage newImage() {
        return new BufferedImage(width, bandHeight, BufferedImage.TYPE_INT_RGB);
    }

    /** The pixels of an image from {@link #newImage}, row after row, 0xRRGGBB each. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Paints band {@code index} into the first {@link #rows} rows of {@code image}. */
    void paint(int index, BufferedImage image) {
        int rows = rows(index);
        Graphics2D g = image.createGraphics();
        try {
            if (rows < image.getHeight()) {
                // the last band ends where the page does, as the whole page's raster would
                g.clipRect(0, 0, width, rows);
            }
            g.translate(0, -index * bandHeight);
            PageSize page = figure.page();
            g.scale(width / page.widthPt(), height / page.heightPt());
            painter.paint(g, figure);
        } finally {
            g.dispose();
        }
    }
}
