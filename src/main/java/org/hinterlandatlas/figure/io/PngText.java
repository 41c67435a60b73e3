// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

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

    /** The text of the first tEXt chunk with this keyword, reading chunk headers only up to the image data. */
    static Optional<String> read(InputStream in, String keyword) throws IOException {
        if (!Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE)) {
            return Optional.empty();
        }
        while (true) {
            byte[] header = in.readNBytes(8);
            if (header.length < 8) {
                return Optional.empty();
            }
            long length = ((header[0] & 0xffL) << 24) | ((header[1] & 0xff) << 16) | ((header[2] & 0xff) << 8)
                    | (header[3] & 0xff);
            String type = new String(header, 4, 4, StandardCharsets.US_ASCII);
            if ("IEND".equals(type)) {
                return Optional.empty();
            }
            if ("tEXt".equals(type) && length < (1 << 24)) {
                byte[] data = in.readNBytes((int) length);
                String content = new String(data, StandardCharsets.ISO_8859_1);
                int nul = content.indexOf('\0');
                if (nul > 0 && content.substring(0, nul).equals(keyword)) {
                    return Optional.of(content.substring(nul + 1));
                }
                in.skipNBytes(4);
            } else {
                in.skipNBytes(length + 4);
            }
        }
    }
}
