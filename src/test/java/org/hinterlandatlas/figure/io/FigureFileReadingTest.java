// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.CRC32;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Open figure on crafted files: each is refused with the reader's own message naming the file, in
 * both languages — never a stack overflow, "null", or a blank map at no zoom.
 */
class FigureFileReadingTest {

    @TempDir
    Path folder;

    private static String record(double west, double south, double east, double north) {
        MapState map = new MapState("circle", new Bilingual("经济圈", "Circle"), new GeoPoint(west, south),
                new GeoPoint(east, north), Set.of(MapLayerId.NODES), Set.of());
        return FigureStateCodec.encode(new FigureState(map, Language.EN, "Circle"));
    }

    private static final String GOOD = record(101.9, 27.6, 110.3, 32.9);

    @Test
    void aGoodRecordOpensFromEachFormat() throws Exception {
        assertEquals("circle", FigureFiles.readState(svg("good.svg", GOOD)).map().id());
        assertEquals("circle", FigureFiles.readState(png("good.png", GOOD, true)).map().id());
    }

    @Test
    void anSvgNestingAHundredThousandElementsIsRefusedNotOverflowed() throws IOException {
        String deep = "<g>".repeat(100_000) + "</g>".repeat(100_000);
        Path file = Files.writeString(folder.resolve("deep.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<metadata id=\"hinterland-atlas-view\">" + deep + "</metadata></svg>");
        String problem = refused(file);
        assertTrue(problem.contains("more than " + FigureFiles.MAX_SVG_DEPTH + " levels"), problem);
    }

    @Test
    void anSvgLargerThanTheLimitIsRefusedUnread() throws IOException {
        Path file = folder.resolve("huge.svg");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write("<svg>".getBytes(StandardCharsets.US_ASCII));
            raf.setLength(FigureFiles.MAX_SVG_BYTES + 1);
        }
        assertTrue(refused(file).contains("larger than 64 MB"));
    }

    @Test
    void aPngChunkOfFourGigabytesIsNamedNotNull() throws IOException {
        ByteArrayOutputStream png = pngHead();
        png.writeBytes(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xf0});
        png.writeBytes("tEXt".getBytes(StandardCharsets.US_ASCII));
        png.writeBytes(new byte[100]);
        String problem = refused(Files.write(folder.resolve("huge-chunk.png"), png.toByteArray()));
        assertTrue(problem.contains("4294967280 bytes") && !problem.contains("null"), problem);
    }

    @Test
    void aPngCutShortOrWithAWrongChecksumSaysSo() throws IOException {
        Path good = png("cut.png", GOOD, true);
        byte[] bytes = Files.readAllBytes(good);
        Path cut = Files.write(folder.resolve("cut.png"), java.util.Arrays.copyOf(bytes, 60));
        assertTrue(refused(cut).contains("cut short"));
        assertTrue(refused(png("crc.png", GOOD, false)).contains("checksum"));
    }

    @Test
    void aDamagedPdfIsTheReadersOwnMessage() throws IOException {
        Path file = Files.writeString(folder.resolve("bad.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage");
        assertTrue(refused(file).contains("the PDF is damaged"));
    }

    @Test
    void invertedOrEmptyBoundsAreRefusedNamingTheCorners() throws IOException {
        String inverted = refused(svg("inverted.svg", record(110.3, 32.9, 101.9, 27.6)));
        assertTrue(inverted.contains("\"southWest\" must lie south and west of \"northEast\""), inverted);
        assertTrue(refused(svg("flat.svg", record(101.9, 27.6, 110.3, 27.6))).contains("empty or inverted"));
    }

    @Test
    void boundsOffTheMapGiveTheValueAndTheLimits() throws IOException {
        String huge = refused(svg("huge.svg", record(-1e308, -1e308, 1e308, 1e308)));
        assertTrue(huge.contains("(-1.0E308, -1.0E308) is off the map") && huge.contains("±85"), huge);
        assertTrue(refused(svg("pole.svg", record(100, 30, 110, 89.9))).contains("89.9"));
    }

    @Test
    void aFrameWithoutSizeOnThePageIsRefused() throws IOException {
        String noSize = GOOD.substring(0, GOOD.length() - 1) + ",\"frame\":{\"southWest\":[100,27],"
                + "\"northEast\":[111,33],\"map\":[10,10,0,300]}}";
        assertTrue(refused(svg("frame.svg", noSize)).contains("map frame"));
    }

    @Test
    void trailingTextAndDuplicateKeysInTheRecordAreRefused() throws IOException {
        assertTrue(refused(svg("trailing.svg", GOOD + "garbage")).contains("not valid JSON"));
        String twice = GOOD.replace("{\"format\"", "{\"id\":\"other\",\"format\"");
        assertTrue(refused(svg("twice.svg", twice)).contains("not valid JSON"));
    }

    @Test
    void aPipeIsRefusedRatherThanWaitedOn() throws Exception {
        Path fifo = folder.resolve("pipe.png");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0);
        assertTrue(refused(fifo).contains("not an ordinary file"));
    }

    @Test
    void layersThatAreNotNamesAreSaidSo() throws IOException {
        String nulls = GOOD.replace("\"layers\":[\"NODES\"]", "\"layers\":[null]");
        assertTrue(!nulls.equals(GOOD));
        String problem = refused(svg("null-layer.svg", nulls));
        assertTrue(problem.contains("\"layers\" must be a list of names") && !problem.contains("\"null\""), problem);
    }

    /** The English message, checked to name the file; the Chinese one names it too. */
    private static String refused(Path file) {
        FigureStateException e = assertThrows(FigureStateException.class, () -> FigureFiles.readState(file));
        assertTrue(e.problem().en().contains(file.toString()), e.problem().en());
        assertTrue(e.problem().zh().contains(file.toString()) && e.problem().zh().contains("无法打开图件"),
                e.problem().zh());
        return e.problem().en();
    }

    private Path svg(String name, String record) throws IOException {
        String escaped = record.replace("&", "&amp;").replace("<", "&lt;");
        return Files.writeString(folder.resolve(name), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\">"
                + "<metadata id=\"hinterland-atlas-view\">" + escaped + "</metadata><g><rect/></g></svg>");
    }

    private Path png(String name, String record, boolean rightChecksum) throws IOException {
        ByteArrayOutputStream png = pngHead();
        byte[] data = (FigureStateCodec.KEY + '\0' + record).getBytes(StandardCharsets.ISO_8859_1);
        chunk(png, "tEXt", data, rightChecksum);
        chunk(png, "IEND", new byte[0], true);
        return Files.write(folder.resolve(name), png.toByteArray());
    }

    private static ByteArrayOutputStream pngHead() {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(PngText.SIGNATURE);
        chunk(png, "IHDR", new byte[] {0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0}, true);
        return png;
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data, boolean rightChecksum) {
        int length = data.length;
        out.writeBytes(new byte[] {(byte) (length >>> 24), (byte) (length >>> 16), (byte) (length >>> 8), (byte) length});
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        long value = crc.getValue() ^ (rightChecksum ? 0 : 1);
        out.writeBytes(new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value});
    }
}
