// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.PagePainter;

/**
 * A figure as a PNG of exactly paper × DPI pixels (A4 landscape at 300 DPI: 3508 × 2480), with its
 * resolution in a pHYs chunk and its view state in a tEXt chunk. The page is painted in bands of rows and
 * each band is deflated into the file while the next is painted, so memory stays that of two bands at any
 * resolution (decision 0086).
 */
public final class PngFigureWriter implements FigureWriter {

    /** The raster of one band: two of them are in memory at once, whatever the page's size. */
    static final long BAND_BYTES = 16L << 20;

    private final int bandRows;
    private final boolean ownThread;

    public PngFigureWriter() {
        this(0, BandHandOff.secondCore());
    }

    /**
     * Bands of {@code bandRows} rows (0: as many as {@link #BAND_BYTES} holds), deflated on a thread of
     * their own or on the caller's.
     */
    PngFigureWriter(int bandRows, boolean ownThread) {
        this.bandRows = bandRows;
        this.ownThread = ownThread;
    }

    @Override
    public void write(Figure figure, PagePainter painter, OutputStream out, ExportProgress progress)
            throws IOException {
        int dpi = figure.spec().dpi();
        int width = figure.page().widthPx(dpi);
        PageBands bands = new PageBands(figure, painter, dpi,
                bandRows > 0 ? bandRows : PageBands.rowsWithin(width, BAND_BYTES));
        BufferedImage[] images = {bands.newImage(), bands.count() > 1 ? bands.newImage() : null};
        Optional<FigureState> state = figure.state();
        try (PngRowWriter png = new PngRowWriter(out, bands.width(), bands.height());
             BandHandOff handOff = new BandHandOff(ownThread)) {
            png.resolution(dpi);
            if (state.isPresent()) {
                png.text(FigureStateCodec.KEY, FigureStateCodec.encode(state.get()));
            }
            for (int band = 0; band < bands.count(); band++) {
                progress.checkCancelled();
                BufferedImage image = images[band % 2];
                bands.paint(band, image);
                int rows = bands.rows(band);
                handOff.encode(() -> png.rows(PageBands.pixels(image), rows));
                progress.worked((band + 1.0) / (bands.count() + 1));
            }
            handOff.await();
            png.finish();
        }
        out.flush();
        progress.worked(1);
    }

    /** The page painted at a resolution, on white, in one image: the export dialog's preview and the printed page. */
    public static BufferedImage render(Figure figure, PagePainter painter, double dpi) {
        PageBands page = new PageBands(figure, painter, dpi, Integer.MAX_VALUE);
        BufferedImage image = page.newImage();
        page.paint(0, image);
        return image;
    }
}
