// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.hinterlandatlas.model.AtlasContent;

/**
 * The shipped content (sources, thematic layers, views, the story and the evidence) in the form the build
 * ships beside its JSON: already checked, so reading it is making the records again (in a fresh JVM about
 * a third of the CPU time of reading and checking the JSON, decision 0092).
 * <p>
 * Layout: the magic {@code HACONT}, a format version, the payload's length and CRC-32 (as {@link PackedBaseMap}),
 * then the content as {@link PackedRecords} writes a tree of records.
 */
final class PackedContent {

    static final String PATH = PackedBaseMap.FOLDER + "content.bin";
    private static final byte[] MAGIC = "HACONT".getBytes(StandardCharsets.US_ASCII);
    /** Raised with a change of {@link PackedRecords}' layout; the build remakes the file as the records change. */
    private static final int VERSION = 1;

    private PackedContent() {
    }

    static void write(AtlasContent content, OutputStream out) throws IOException {
        PackedBaseMap.writeFile(out, MAGIC, VERSION, PackedRecords.pack(AtlasContent.class, content));
    }

    static AtlasContent read(InputStream in) throws IOException, PackedBaseMap.Damaged {
        return (AtlasContent) PackedRecords.unpack(PackedBaseMap.payload(in, MAGIC, VERSION, "packed content"),
                AtlasContent.class);
    }
}
