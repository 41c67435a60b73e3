// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.hinterlandatlas.style.MapStyle;

/**
 * The shipped map style ({@link StyleLoader#DEFAULT_STYLE}, no theme laid over it) in the form the build ships
 * beside its JSON, already checked: with the content packed too, a figure command reads no JSON at all.
 * Layout: the magic {@code HASTYL}, a format version, the payload's length and CRC-32 (as
 * {@link PackedBaseMap}), then the style as {@link PackedRecords} writes a tree of records.
 */
final class PackedStyle {

    static final String PATH = PackedBaseMap.FOLDER + "style.bin";
    private static final byte[] MAGIC = "HASTYL".getBytes(StandardCharsets.US_ASCII);
    /** Raised with a change of {@link PackedRecords}' layout; the build remakes the file as the records change. */
    private static final int VERSION = 1;

    private PackedStyle() {
    }

    static void write(MapStyle style, OutputStream out) throws IOException {
        PackedBaseMap.writeFile(out, MAGIC, VERSION, PackedRecords.pack(MapStyle.class, style));
    }

    static MapStyle read(InputStream in) throws IOException, PackedBaseMap.Damaged {
        return (MapStyle) PackedRecords.unpack(PackedBaseMap.payload(in, MAGIC, VERSION, "packed style"),
                MapStyle.class);
    }
}
