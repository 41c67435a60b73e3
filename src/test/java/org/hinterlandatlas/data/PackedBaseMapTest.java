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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.WorldGeometry;
import org.hinterlandatlas.geo.ZoomBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shipped data passes every check (the start no longer repeats them), and the base map read the quick
 * way — from the bands the build packed — equals the base map read and checked from the GeoJSON.
 */
class PackedBaseMapTest {

    private static Atlas checked;

    @BeforeAll
    static void loadEveryFileWithEveryCheck() throws DataException {
        checked = new AtlasLoader(new ClasspathDataFiles()).load();
    }

    @Test
    void theBuildPackedEveryBand() {
        for (ZoomBand band : ZoomBand.values()) {
            assertNotNull(getClass().getClassLoader().getResource(PackedBaseMap.path(band)), band + " is packed");
        }
    }

    @Test
    void theShippedPackedBandsEqualTheGeoJson() throws DataException {
        assertSameBaseMap(checked.baseMap(), AtlasLoader.loadShipped().baseMap());
    }

    @Test
    void theQuickWayReadsTheSameContent() throws DataException {
        assertEquals(checked.content(), AtlasLoader.loadShipped().content());
    }

    @Test
    void aBandPacksAndReadsBackUnchanged() throws Exception {
        for (ZoomBand band : ZoomBand.values()) {
            Map<BaseLayerId, List<MapFeature>> read = PackedBaseMap.read(new ByteArrayInputStream(pack(band)));
            for (BaseLayerId layer : BaseLayerId.values()) {
                assertSameFeatures(checked.baseMap().features(band, layer), read.getOrDefault(layer, List.of()),
                        band + " " + layer);
            }
        }
    }

    @Test
    void aDamagedBandIsRefused() throws IOException {
        byte[] bytes = pack(ZoomBand.LO);
        bytes[bytes.length / 2] ^= 0x10;
        PackedBaseMap.Damaged damaged = assertThrows(PackedBaseMap.Damaged.class,
                () -> PackedBaseMap.read(new ByteArrayInputStream(bytes)));
        assertTrue(damaged.getMessage().contains("checksum"), damaged.getMessage());
    }

    @Test
    void aTruncatedBandIsRefused() throws IOException {
        byte[] bytes = Arrays.copyOf(pack(ZoomBand.LO), 1000);
        assertThrows(PackedBaseMap.Damaged.class, () -> PackedBaseMap.read(new ByteArrayInputStream(bytes)));
    }

    @Test
    void theSameDataPacksToTheSameBytes() throws IOException {
        assertArrayEquals(pack(ZoomBand.MID), pack(ZoomBand.MID));
        try (InputStream shipped = getClass().getClassLoader().getResourceAsStream(PackedBaseMap.path(ZoomBand.MID))) {
            assertArrayEquals(pack(ZoomBand.MID), shipped.readAllBytes(), "the shipped band is this data's");
        }
    }

    private static byte[] pack(ZoomBand band) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PackedBaseMap.write(checked.baseMap(), band, out);
        return out.toByteArray();
    }

    private static void assertSameBaseMap(BaseMapData expected, BaseMapData actual) {
        for (ZoomBand band : ZoomBand.values()) {
            for (BaseLayerId layer : BaseLayerId.values()) {
                assertSameFeatures(expected.features(band, layer), actual.features(band, layer), band + " " + layer);
            }
        }
    }

    private static void assertSameFeatures(List<MapFeature> expected, List<MapFeature> actual, String where) {
        assertEquals(expected.size(), actual.size(), where + ": feature count");
        for (int i = 0; i < expected.size(); i++) {
            MapFeature e = expected.get(i);
            MapFeature a = actual.get(i);
            String feature = where + " " + e.id();
            assertEquals(e.id(), a.id(), feature);
            assertEquals(e.name(), a.name(), feature);
            assertEquals(e.properties(), a.properties(), feature);
            assertEquals(e.labelX(), a.labelX(), 0.0, feature + " label x");
            assertEquals(e.labelY(), a.labelY(), 0.0, feature + " label y");
            WorldGeometry eg = e.geometry();
            WorldGeometry ag = a.geometry();
            assertEquals(eg.kind(), ag.kind(), feature);
            assertEquals(eg.bounds(), ag.bounds(), feature);
            assertEquals(eg.partBounds(), ag.partBounds(), feature);
            assertEquals(eg.parts().size(), ag.parts().size(), feature);
            for (int p = 0; p < eg.parts().size(); p++) {
                assertArrayEquals(eg.parts().get(p), ag.parts().get(p), feature + " part " + p);
            }
        }
    }
}
