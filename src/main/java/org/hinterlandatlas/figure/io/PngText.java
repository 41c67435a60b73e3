// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;
import org.hinterlandatlas.words.Messages;

/**
 * Finds a PNG's tEXt chunk by keyword (keyword and text are Latin-1, as the PNG standard says); the
 * {@link PngRowWriter} writes them.
 */
final class PngText {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngText() {
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
