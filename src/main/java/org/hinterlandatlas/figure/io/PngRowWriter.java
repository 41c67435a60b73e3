// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A PNG written as its rows come, so that no raster of the whole image is ever held: the signature and the
 * header, a pHYs and tEXt chunks, then IDAT chunks deflated from the rows given a band at a time, then IEND.
 * Truecolour, 8 bits a channel, each row unfiltered and the stream deflated at the fastest level: a figure's
 * flat colours compress well without filters, which would cost more time than they save bytes. Public for
 * the tile benchmark, which encodes its opaque tiles with it as a tile server would before sending them.
 */
public final class PngRowWriter implements Closeable {

    /** The data of one IDAT chunk; readers accept any size, and this keeps the chunk buffer small. */
    private static final int CHUNK_BYTES = 1 << 16;
    /** Rows are handed to the deflater in batches of about this many bytes, each a single native call. */
    private static final int BATCH_BYTES = 1 << 16;
    private static final byte[] IHDR = type("IHDR");
    private static final byte[] PHYS = type("pHYs");
    private static final byte[] TEXT = type("tEXt");
    private static final byte[] IDAT = type("IDAT");
    private static final byte[] IEND = type("IEND");
    private static final double METRES_PER_INCH = 0.0254;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final int rowBytes;
    private final byte[] batch;
    private final byte[] chunk = new byte[CHUNK_BYTES];
    private final Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    private int chunkLength;
    private int rowsWritten;

    /** Starts the PNG: writes the signature and the header of an image of this size. */
    public PngRowWriter(OutputStream out, int width, int height) throws IOException {
        this.out = out;
        this.width = width;
        this.height = height;
        this.rowBytes = 1 + 3 * width;
        this.batch = new byte[Math.max(1, BATCH_BYTES / rowBytes) * rowBytes];
        out.write(PngText.SIGNATURE);
        byte[] header = new byte[13];
        putInt(header, 0, width);
        putInt(header, 4, height);
        header[8] = 8; // bits a channel
        header[9] = 2; // truecolour; compression, filter method and interlace are all 0
        chunk(IHDR, header, header.length);
    }

    /** The resolution, for programs that size the image on paper by it. Before the first row. */
    void resolution(int dpi) throws IOException {
        byte[] phys = new byte[9];
        int perMetre = (int) Math.round(dpi / METRES_PER_INCH);
        putInt(phys, 0, perMetre);
        putInt(phys, 4, perMetre);
        phys[8] = 1; // the unit is the metre
        chunk(PHYS, phys, phys.length);
    }

    /** A tEXt chunk; keyword and text are Latin-1, as the standard says. Before the first row. */
    void text(String keyword, String text) throws IOException {
        byte[] data = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
        chunk(TEXT, data, data.length);
    }

    /** The next {@code rows} rows, {@code width} pixels each (0xRRGGBB, the rest ignored), from the array's start. */
    public void rows(int[] pixels, int rows) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("the image has " + height + " rows, not " + (rowsWritten + rows));
        }
        int rowsPerBatch = batch.length / rowBytes;
        for (int first = 0; first < rows; first += rowsPerBatch) {
            int count = Math.min(rowsPerBatch, rows - first);
            int length = fill(pixels, first * width, count);
            deflater.setInput(batch, 0, length);
            while (!deflater.needsInput()) {
                drain();
            }
        }
        rowsWritten += rows;
    }

    /** Scan lines as the PNG has them: a filter byte (none) and then red, green, blue of each pixel. */
    private int fill(int[] pixels, int offset, int rows) {
        int at = 0;
        int source = offset;
        for (int row = 0; row < rows; row++) {
            batch[at++] = 0;
            for (int x = 0; x < width; x++) {
                int rgb = pixels[source++];
                batch[at] = (byte) (rgb >> 16);
                batch[at + 1] = (byte) (rgb >> 8);
                batch[at + 2] = (byte) rgb;
                at += 3;
            }
        }
        return at;
    }

    /** Ends the image once every row is in: the rest of the deflated stream, then IEND. */
    public void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("the image has " + height + " rows, " + rowsWritten + " were given");
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain();
        }
        if (chunkLength > 0) {
            chunk(IDAT, chunk, chunkLength);
        }
        chunk(IEND, chunk, 0);
    }

    /** Deflates into the chunk buffer and writes it as an IDAT chunk whenever it is full. */
    private void drain() throws IOException {
        chunkLength += deflater.deflate(chunk, chunkLength, CHUNK_BYTES - chunkLength);
        if (chunkLength == CHUNK_BYTES) {
            chunk(IDAT, chunk, chunkLength);
            chunkLength = 0;
        }
    }

    private void chunk(byte[] type, byte[] data, int length) throws IOException {
        byte[] field = new byte[4];
        putInt(field, 0, length);
        out.write(field);
        out.write(type);
        out.write(data, 0, length);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data, 0, length);
        putInt(field, 0, (int) crc.getValue());
        out.write(field);
    }

    private static void putInt(byte[] bytes, int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private static byte[] type(String name) {
        return name.getBytes(StandardCharsets.US_ASCII);
    }

    /** Frees the deflater's native memory; the stream stays open, it belongs to the caller. */
    @Override
    public void close() {
        deflater.end();
    }
}
