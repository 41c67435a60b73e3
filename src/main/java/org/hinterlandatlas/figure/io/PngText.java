// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.hinterlandatlas.words.Messages;

/**
 * PNG tEXt chunks, which the encoder does not write: a stream that puts one right after the header chunk,
 * and a reader that finds one by keyword. Both keyword and text are Latin-1, as the PNG standard says.
 */
final class PngText {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** The signature and the IHDR chunk (length, type, 13 bytes of data, CRC) always come first. */
    private static final int HEADER_END = SIGNATURE.length + 4 + 4 + 13 + 4;

    private PngText() {
    }

    /** A stream that inserts a tEXt chunk into the PNG written through it, after the header. */
    static OutputStream inserting(OutputStream out, String keyword, String text) {
        byte[] chunk = chunk(keyword, text);
        return new FilterOutputStream(out) {
            private long written;

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                if (++written == HEADER_END) {
                    out.write(chunk);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (written < HEADER_END && written + len >= HEADER_END) {
                    int head = (int) (HEADER_END - written);
                    out.write(b, off, head);
                    out.write(chunk);
                    out.write(b, off + head, len - head);
                } else {
                    out.write(b, off, len);
                }
                written += len;
            }
        };
    }

    private static byte[] chunk(String keyword, String text) {
        byte[] data = (keyword + '\0' + text).getBytes(StandardCharsets.ISO_8859_1);
        ByteArrayOutputStream chunk = new ByteArrayOutputStream(data.length + 12);
        writeInt(chunk, data.length);
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        chunk.writeBytes(type);
        chunk.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        writeInt(chunk, (int) crc.getValue());
        return chunk.toByteArray();
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value >>> 24);
        out.write(value >>> 16);
        out.write(value >>> 8);
        out.write(value);
    }

    /**
     * The text of the first tEXt chunk with this keyword, reading chunk headers only up to the image data.
     * A chunk longer than the standard allows, a file cut short, a damaged checksum or a record of ours
     * longer than {@code maxText} is a {@link BadFigureFileException}.
     */
    static Optional<String> read(InputStream in, String keyword, int maxText) throws IOException {
        if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
            return Optional.empty();
        }
        try {
            while (true) {
                byte[] header = in.readNBytes(8);
                if (header.length < 8) {
                    throw new BadFigureFileException("figure.error.pngCut");
                }
                long length = ((header[0] & 0xffL) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8)
                        | (header[3] & 0xff);
                if (length > Integer.MAX_VALUE) {
                    // the PNG standard caps a chunk at 2^31 - 1 bytes
                    throw new BadFigureFileException("figure.error.pngChunk", String.valueOf(length));
                }
                String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
                if ("IEND".equals(type)) {
                    return Optional.empty();
                }
                if (!"tEXt".equals(type)) {
                    in.skipNBytes(length + 4);
                    continue;
                }
                Optional<String> text = text(in, header, (int) length, keyword, maxText);
                if (text.isPresent()) {
                    return text;
                }
            }
        } catch (EOFException e) {
            throw new BadFigureFileException(Messages.bilingual("figure.error.pngCut"), e);
        }
    }

    /** The chunk's text when it is ours; otherwise the rest of the chunk is skipped. */
    private static Optional<String> text(InputStream in, byte[] header, int length, String keyword, int maxText)
            throws IOException {
        byte[] head = in.readNBytes(Math.min(length, keyword.length() + 1));
        boolean ours = head.length == keyword.length() + 1 && head[keyword.length()] == 0
                && new String(head, 0, keyword.length(), StandardCharsets.ISO_8859_1).equals(keyword);
        if (!ours) {
            in.skipNBytes(length - head.length + 4L);
            return Optional.empty();
        }
        if (length - head.length > maxText) {
            throw new BadFigureFileException("figure.error.recordTooLong", String.valueOf(maxText));
        }
        byte[] data = in.readNBytes(length - head.length);
        byte[] crc = in.readNBytes(4);
        if (data.length < length - head.length || crc.length < 4) {
            throw new BadFigureFileException("figure.error.pngCut");
        }
        CRC32 check = new CRC32();
        check.update(header, 4, 4);
        check.update(head);
        check.update(data);
        long stored = ((crc[0] & 0xffL) << 24) | ((crc[1] & 0xff) << 16) | ((crc[2] & 0xff) << 8) | (crc[3] & 0xff);
        if (check.getValue() != stored) {
            throw new BadFigureFileException("figure.error.pngChecksum");
        }
        return Optional.of(new String(data, StandardCharsets.ISO_8859_1));
    }
}
