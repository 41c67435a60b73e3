// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.model.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The PNG painted and written in bands of rows: the same pixels as the page painted whole, a valid PNG chunk
 * by chunk, and all or nothing when cancelled or failing between bands.
 */
class BandedPngTest {

    @TempDir
    Path folder;

    private final PagePainter painter = Figures.pagePainter();

    /**
     * Bands of a few rows cut through the title, the labels and their halos, the footer's lines, the hatching
     * and the map's frame; none of the page heights is a multiple of its band's.
     */
    @ParameterizedTest(name = "{0} at {1} DPI in bands of {2} rows, own thread {3}")
    @CsvSource({
        "A4 landscape, 72, 9, true",
        "A4 landscape, 150, 37, false",
        "A4 landscape, 300, 256, true",
        "A4 landscape, 300, 1000, true",
        "A3 portrait, 100, 61, true",
        "custom 130 x 90 mm, 240, 97, false"
    })
    void bandsPutTogetherAreThePagePaintedWhole(String page, int dpi, int bandRows, boolean ownThread)
            throws IOException {
        Figure figure = Figures.figure("circle", FigureFormat.PNG, page(page), dpi, Language.ZH,
                EnumSet.allOf(Furniture.class));
        BufferedImage whole = paintedWhole(figure, dpi);
        assertTrue(whole.getHeight() % bandRows != 0, "the last band is a short one");
        BufferedImage banded = ImageIO.read(new ByteArrayInputStream(png(figure, bandRows, ownThread)));
        assertEquals(whole.getWidth(), banded.getWidth());
        assertEquals(whole.getHeight(), banded.getHeight());
        for (int y = 0; y < whole.getHeight(); y++) {
            int[] want = whole.getRGB(0, y, whole.getWidth(), 1, null, 0, whole.getWidth());
            int[] got = banded.getRGB(0, y, whole.getWidth(), 1, null, 0, whole.getWidth());
            int row = y;
            assertArrayEquals(want, got, () -> "row " + row + " (band " + row / bandRows + ", its row "
                    + row % bandRows + ") differs from the page painted whole");
        }
    }

    /** The page painted into one image of all its rows, here, so that the bands are not their own reference. */
    private BufferedImage paintedWhole(Figure figure, int dpi) {
        PageSize page = figure.page();
        BufferedImage image = new BufferedImage(page.widthPx(dpi), page.heightPx(dpi), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.scale(image.getWidth() / page.widthPt(), image.getHeight() / page.heightPt());
        painter.paint(g, figure);
        g.dispose();
        return image;
    }

    private static PageSize page(String name) {
        return switch (name) {
            case "A4 landscape" -> Paper.A4.page(true);
            case "A3 portrait" -> Paper.A3.page(false);
            default -> new PageSize(130, 90);
        };
    }

    @Test
    void theChunksAreThoseOfAValidPngWithTheResolutionAndTheView() throws IOException, DataFormatException {
        Figure figure = Figures.circle(FigureFormat.PNG, 96);
        byte[] png = png(figure, 100, true);
        ByteBuffer in = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        in.get(signature);
        assertArrayEquals(PngText.SIGNATURE, signature);
        List<String> types = new ArrayList<>();
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        ByteBuffer header = null;
        ByteBuffer phys = null;
        String text = null;
        while (in.hasRemaining()) {
            int length = in.getInt();
            byte[] type = new byte[4];
            in.get(type);
            byte[] data = new byte[length];
            in.get(data);
            CRC32 crc = new CRC32();
            crc.update(type);
            crc.update(data);
            String name = new String(type, StandardCharsets.US_ASCII);
            assertEquals(crc.getValue(), in.getInt() & 0xffffffffL, name + "'s CRC-32");
            types.add(name);
            switch (name) {
                case "IHDR" -> header = ByteBuffer.wrap(data);
                case "pHYs" -> phys = ByteBuffer.wrap(data);
                case "tEXt" -> text = new String(data, StandardCharsets.ISO_8859_1);
                case "IDAT" -> deflated.writeBytes(data);
                default -> assertEquals(0, length, name + " is empty");
            }
        }
        assertEquals("IHDR", types.get(0));
        assertEquals("IEND", types.get(types.size() - 1));
        assertEquals(List.of("IHDR", "pHYs", "tEXt"), types.subList(0, 3));
        assertTrue(types.subList(3, types.size() - 1).stream().allMatch("IDAT"::equals), types.toString());

        int width = figure.page().widthPx(96);
        int height = figure.page().heightPx(96);
        assertEquals(13, header.capacity());
        assertEquals(width, header.getInt());
        assertEquals(height, header.getInt());
        assertArrayEquals(new byte[] {8, 2, 0, 0, 0}, new byte[] {header.get(), header.get(), header.get(),
            header.get(), header.get()}, "8 bits a channel, truecolour, deflate, no interlace");
        assertEquals(3780, phys.getInt(), "96 DPI in pixels a metre");
        assertEquals(3780, phys.getInt());
        assertEquals(1, phys.get(), "the unit is the metre");
        assertEquals(FigureStateCodec.KEY + '\0' + FigureStateCodec.encode(figure.state().orElseThrow()), text);

        Inflater inflater = new Inflater();
        inflater.setInput(deflated.toByteArray());
        byte[] rows = new byte[height * (1 + 3 * width) + 1];
        int inflated = inflater.inflate(rows);
        assertTrue(inflater.finished(), "the deflated stream ends with the image");
        inflater.end();
        assertEquals(height * (1 + 3 * width), inflated, "every row, and nothing after the last");
        for (int y = 0; y < height; y++) {
            assertEquals(0, rows[y * (1 + 3 * width)], "row " + y + " is unfiltered");
        }
    }

    @Test
    void theViewReadBackFromAFileWrittenInBandsIsTheOneExported() throws Exception {
        Figure figure = Figures.figure("circle", FigureFormat.PNG, Paper.A4.page(false), 72, Language.EN,
                EnumSet.allOf(Furniture.class));
        Path file = folder.resolve("view.png");
        AtomicFile.write(file, out -> new PngFigureWriter(50, true).write(figure, painter, out, ExportProgress.NONE));
        FigureState read = FigureFiles.readState(file);
        assertEquals(figure.state().orElseThrow(), read);
        assertEquals(Language.EN, read.language());
    }

    @Test
    void aCancelBetweenBandsStopsThePaintingAndLeavesNoFile() throws IOException {
        Figure figure = Figures.circle(FigureFormat.PNG, 150);
        Path target = folder.resolve("figure.png");
        byte[] before = "last week's figure".getBytes(StandardCharsets.UTF_8);
        Files.write(target, before);
        int bandRows = 100;
        int bands = (figure.page().heightPx(150) + bandRows - 1) / bandRows;
        AtomicInteger bandsDone = new AtomicInteger();
        ExportProgress cancelAfterThree = new ExportProgress() {
            @Override
            public void worked(double fraction) {
                bandsDone.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return bandsDone.get() >= 3;
            }
        };
        assertThrows(CancellationException.class, () -> AtomicFile.write(target,
                out -> new PngFigureWriter(bandRows, true).write(figure, painter, out, cancelAfterThree)));
        assertEquals(3, bandsDone.get(), "painting stopped at the band after the cancel, of " + bands);
        assertArrayEquals(before, Files.readAllBytes(target), "the file it would have replaced stays");
        assertEquals(List.of(target), files());
    }

    @Test
    void aDiskThatFillsWhileABandIsDeflatedFailsWithItsOwnError() {
        Figure figure = Figures.circle(FigureFormat.PNG, 150);
        IOException full = new IOException("No space left on device");
        OutputStream disk = new OutputStream() {
            private long written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 200_000) {
                    throw full;
                }
            }
        };
        IOException e = assertThrows(IOException.class,
                () -> new PngFigureWriter(40, true).write(figure, painter, disk, ExportProgress.NONE));
        assertSame(full, e, "the deflating thread's failure, not a wrapper of it");
    }

    @Test
    void aBandOfTheWidestPageAtTheHighestResolutionStaysWithinItsBudget() {
        PageSize poster = new PageSize(PageSize.MAX_MM, PageSize.MAX_MM);
        int width = poster.widthPx(2400);
        int rows = PageBands.rowsWithin(width, PngFigureWriter.BAND_BYTES);
        assertTrue(rows >= 1);
        assertTrue((long) rows * width * 4 <= PngFigureWriter.BAND_BYTES, rows + " rows of " + width + " px");
        int a4 = Paper.A4.page(true).widthPx(2400);
        assertTrue((long) PageBands.rowsWithin(a4, PngFigureWriter.BAND_BYTES) * a4 * 4 <= PngFigureWriter.BAND_BYTES);
        assertEquals(1, PageBands.rowsWithin(Integer.MAX_VALUE, 1), "a row too wide for the budget is one band row");
    }

    private byte[] png(Figure figure, int bandRows, boolean ownThread) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PngFigureWriter(bandRows, ownThread).write(figure, painter, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
