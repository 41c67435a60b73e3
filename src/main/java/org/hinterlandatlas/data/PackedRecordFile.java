// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.style.MapStyle;

/**
 * A tree of records the build packs beside the JSON it was read and checked from, so that a start makes the
 * records again instead of reading and checking the JSON (in a fresh JVM about a third of the CPU time,
 * decision 0092): the shipped content (sources, thematic layers, views, the story and the evidence) and the
 * shipped default map style ({@link StyleLoader#DEFAULT_STYLE}, no theme laid over it). With both packed, a figure command reads no JSON at all.
 * <p>
 * Layout: a magic of its own, a format version, the payload's length and CRC-32 (as {@link PackedBaseMap}),
 * then the tree as {@link PackedRecords} writes it.
 */
final class PackedRecordFile<T> {

    static final PackedRecordFile<AtlasContent> CONTENT =
            new PackedRecordFile<>("content.bin", "HACONT", AtlasContent.class, "packed content");
    static final PackedRecordFile<MapStyle> STYLE =
            new PackedRecordFile<>("style.bin", "HASTYL", MapStyle.class, "packed style");

    /** Raised with a change of {@link PackedRecords}' layout; the build remakes the files as the records change. */
    private static final int VERSION = 1;

    private final String path;
    private final byte[] magic;
    private final Class<T> type;
    private final String what;

    private PackedRecordFile(String name, String magic, Class<T> type, String what) {
        this.path = PackedBaseMap.FOLDER + name;
        this.magic = magic.getBytes(StandardCharsets.US_ASCII);
        this.type = type;
        this.what = what;
    }

    /** Where the build puts the file, on the classpath. */
    String path() {
        return path;
    }

    void write(T value, OutputStream out) throws IOException {
        PackedBaseMap.writeFile(out, magic, VERSION, PackedRecords.pack(type, value));
    }

    T read(InputStream in) throws IOException, PackedBaseMap.Damaged {
        return type.cast(PackedRecords.unpack(PackedBaseMap.payload(in, magic, VERSION, what), type));
    }
}
