// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import com.pngencoder.PngEncoder;
import com.pngencoder.PngEncoderPhysicalPixelDimensions;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.PagePainter;

/**
 * A figure as a PNG of exactly paper × DPI pixels (A4 landscape at 300 DPI: 3508 × 2480), with its
 * resolution in a pHYs chunk and its view state in a tEXt chunk. The fast encoder at compression level 1
 * encodes in a fraction of the default's time for a slightly larger file.
 */
public final class PngFigureWriter implements FigureWriter {

    private static final int COMPRESSION_LEVEL = 1;

    @Override
    public void write(Figure figure, PagePainter painter, OutputStream out, ExportProgress progress)
            throws IOException {
        BufferedImage image = render(figure, painter, figure.spec().dpi());
        progress.worked(0.6);
        progress.checkCancelled();
        OutputStream target = figure.state()
                .map(state -> PngText.inserting(out, FigureStateCodec.KEY, FigureStateCodec.encode(state)))
                .orElse(out);
        // one thread: the multi-threaded encoder keeps a copy of every scan line (1070 against 610 MiB at
        // 1200 DPI) and measured slower on two busy cores
        new PngEncoder().withBufferedImage(image).withCompressionLevel(COMPRESSION_LEVEL)
                .withMultiThreadedCompressionEnabled(false)
                .withPhysicalPixelDimensions(PngEncoderPhysicalPixelDimensions.dotsPerInch(figure.spec().dpi()))
                .toStream(target);
        target.flush();
        progress.worked(1);
    }

    /**
     * The memory a PNG of this page needs while it is painted and encoded: the raster (4 bytes a pixel),
     * the encoder's compressed segments and room for the collector to place one huge array; an A3 page at
     * 1200 DPI (278 million pixels) ran in a 2 GB heap and not in 1 GB.
     */
    public static long bytesNeeded(PageSize page, int dpi) {
        long pixels = (long) page.widthPx(dpi) * page.heightPx(dpi);
        return pixels * 6 + (64L << 20);
    }

    /** The page painted at a resolution, on white; also the export dialog's preview and the printed page. */
    public static BufferedImage render(Figure figure, PagePainter painter, double dpi) {
        PageSize page = figure.page();
        int width = Math.max(1, (int) Math.round(page.widthMm() / 25.4 * dpi));
        int height = Math.max(1, (int) Math.round(page.heightMm() / 25.4 * dpi));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(width / page.widthPt(), height / page.heightPt());
            painter.paint(g, figure);
        } finally {
            g.dispose();
        }
        return image;
    }
}
