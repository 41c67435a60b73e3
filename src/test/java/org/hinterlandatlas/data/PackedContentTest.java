// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.hinterlandatlas.model.AtlasContent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The content read the quick way — from the file the build packed — equals the content read and checked
 * from its JSON, part by part; the same content always packs to the same bytes; a damaged file is refused.
 */
class PackedContentTest {

    private static AtlasContent fromJson;

    @BeforeAll
    static void readTheJson() throws DataException {
        fromJson = new AtlasLoader(new ClasspathDataFiles()).readContent();
    }

    @Test
    void theShippedPackedContentEqualsTheJson() throws Exception {
        AtlasContent packed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PackedRecordFile.CONTENT.path())) {
            assertNotNull(in, "the build packed the content");
            packed = PackedRecordFile.CONTENT.read(in);
        }
        // part by part first, so a difference names the part
        for (RecordComponent part : AtlasContent.class.getRecordComponents()) {
            assertEquals(part.getAccessor().invoke(fromJson), part.getAccessor().invoke(packed), part.getName());
        }
        assertEquals(fromJson, packed);
        assertEquals(fromJson.mapStates(), packed.mapStates());
    }

    @Test
    void theShippedAtlasHasTheJsonsContent() throws DataException {
        assertEquals(fromJson, AtlasLoader.loadShipped().content());
    }

    @Test
    void theSameContentPacksToTheSameBytes() throws Exception {
        byte[] bytes = pack(fromJson);
        assertArrayEquals(bytes, pack(PackedRecordFile.CONTENT.read(new ByteArrayInputStream(bytes))), "read and packed again");
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(PackedRecordFile.CONTENT.path())) {
            assertArrayEquals(bytes, shipped.readAllBytes(), "the shipped file is this content's");
        }
    }

    @Test
    void aFlippedByteIsRefused() throws IOException {
        byte[] bytes = pack(fromJson);
        bytes[bytes.length / 2] ^= 0x10;
        PackedBaseMap.Damaged damaged = assertThrows(PackedBaseMap.Damaged.class,
                () -> PackedRecordFile.CONTENT.read(new ByteArrayInputStream(bytes)));
        assertTrue(damaged.getMessage().contains("checksum"), damaged.getMessage());
    }

    @Test
    void aTruncatedFileIsRefused() throws IOException {
        byte[] bytes = pack(fromJson);
        for (int length : new int[] {0, 5, 20, 1000, bytes.length - 1}) {
            byte[] truncated = Arrays.copyOf(bytes, length);
            assertThrows(PackedBaseMap.Damaged.class, () -> PackedRecordFile.CONTENT.read(new ByteArrayInputStream(truncated)),
                    "cut at " + length);
        }
    }

    @Test
    void aBaseMapBandIsNotTakenForContent() throws IOException {
        try (InputStream band = getClass().getClassLoader().getResourceAsStream(
                PackedBaseMap.path(org.hinterlandatlas.geo.ZoomBand.LO))) {
            byte[] bytes = band.readAllBytes();
            PackedBaseMap.Damaged damaged = assertThrows(PackedBaseMap.Damaged.class,
                    () -> PackedRecordFile.CONTENT.read(new ByteArrayInputStream(bytes)));
            assertTrue(damaged.getMessage().contains("not a packed content"), damaged.getMessage());
        }
    }

    /** A payload with a right checksum but wrong bytes (a packer of another layout) is refused, not misread. */
    @Test
    void aWrongPayloadWithItsOwnChecksumIsRefused() throws IOException {
        byte[] good = pack(fromJson);
        byte[] payload = Arrays.copyOfRange(good, 22, good.length);
        Random random = new Random(12);
        for (int run = 0; run < 200; run++) {
            byte[] changed = payload.clone();
            for (int i = 0; i < 1 + random.nextInt(4); i++) {
                changed[random.nextInt(changed.length)] = (byte) random.nextInt(256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            PackedBaseMap.writeFile(out, "HACONT".getBytes(StandardCharsets.US_ASCII), 1, changed);
            try {
                AtlasContent read = PackedRecordFile.CONTENT.read(new ByteArrayInputStream(out.toByteArray()));
                assertNotNull(read, "a change the layout cannot tell (a character of a text) still reads whole");
            } catch (PackedBaseMap.Damaged expected) {
                // refused with a reason, as it should be
            }
        }
    }

    private static byte[] pack(AtlasContent content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackedRecordFile.CONTENT.write(content, out);
        return out.toByteArray();
    }
}
