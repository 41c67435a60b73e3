// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import org.hinterlandatlas.style.MapStyle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped style read the quick way — from the file the build packed — is the style read and checked
 * from its JSON. The style's records hold float arrays, which a record's equals compares by identity, so
 * the two are compared by their packed bytes: the codec writes every component of every record.
 */
class PackedStyleTest {

    private static MapStyle fromJson;

    @BeforeAll
    static void readTheJson() throws DataException {
        // the shipped files, but not as the classpath's own DataFiles, so the JSON is read
        DataFiles json = path -> new ClasspathDataFiles().open(path);
        fromJson = new StyleLoader(json, StyleLoader.DEFAULT_STYLE).load();
    }

    @Test
    void theShippedStyleIsReadFromItsPackAndEqualsTheJson() throws Exception {
        MapStyle shipped = new StyleLoader(new ClasspathDataFiles(), StyleLoader.DEFAULT_STYLE).load();
        assertEquals(fromJson.fingerprint(), shipped.fingerprint());
        assertEquals(fromJson.overlay().nodes(), shipped.overlay().nodes());
        assertEquals(fromJson.overlay().visibility(), shipped.overlay().visibility());
        assertArrayEquals(pack(fromJson), pack(shipped));
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PackedRecordFile.STYLE.path())) {
            assertArrayEquals(pack(fromJson), in.readAllBytes(), "the shipped file is this style's");
        }
    }

    @Test
    void aDamagedPackIsRefused() throws IOException {
        byte[] bytes = pack(fromJson);
        byte[] flipped = bytes.clone();
        flipped[flipped.length / 2] ^= 0x10;
        PackedBaseMap.Damaged damaged = assertThrows(PackedBaseMap.Damaged.class,
                () -> PackedRecordFile.STYLE.read(new ByteArrayInputStream(flipped)));
        assertTrue(damaged.getMessage().contains("checksum"), damaged.getMessage());
        byte[] truncated = Arrays.copyOf(bytes, bytes.length - 3);
        assertThrows(PackedBaseMap.Damaged.class, () -> PackedRecordFile.STYLE.read(new ByteArrayInputStream(truncated)));
    }

    private static byte[] pack(MapStyle style) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackedRecordFile.STYLE.write(style, out);
        return out.toByteArray();
    }
}
