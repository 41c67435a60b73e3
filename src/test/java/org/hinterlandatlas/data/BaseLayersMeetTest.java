// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hinterlandatlas.geo.BaseLayerId;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.geo.MapFeature;
import org.hinterlandatlas.geo.ZoomBand;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The boundary layers share their edges exactly, so no double lines appear where sources disagree: the
 * Sichuan and Chongqing outlines are made of prefecture vertices, and every boundary line runs along
 * polygon edges of its own band.
 */
class BaseLayersMeetTest {

    private final BaseMapData base = ShippedAtlas.atlas().baseMap();

    @ParameterizedTest
    @EnumSource(ZoomBand.class)
    void sichuanAndChongqingAreMadeOfTheirPrefectures(ZoomBand band) {
        Set<String> prefectureVertices = vertices(base.features(band, BaseLayerId.PREFECTURES));
        for (String code : List.of("510000", "500000")) {
            MapFeature province = base.features(band, BaseLayerId.PROVINCES).stream()
                    .filter(p -> p.property("code").equals(code)).findFirst().orElseThrow();
            Set<String> outline = vertices(List.of(province));
            outline.removeAll(prefectureVertices);
            assertEquals(Set.of(), outline, code + " vertices off the prefecture edges in " + band);
        }
    }

    @ParameterizedTest
    @EnumSource(ZoomBand.class)
    void boundaryLinesRunAlongPolygonEdges(ZoomBand band) {
        Set<String> provinceVertices = vertices(base.features(band, BaseLayerId.PROVINCES));
        Set<String> provinceLines = vertices(base.features(band, BaseLayerId.PROVINCE_LINES));
        assertTrue(provinceVertices.containsAll(provinceLines), "province lines in " + band);
        Set<String> prefectureVertices = vertices(base.features(band, BaseLayerId.PREFECTURES));
        Set<String> prefectureLines = vertices(base.features(band, BaseLayerId.PREFECTURE_LINES));
        assertTrue(prefectureVertices.containsAll(prefectureLines), "prefecture lines in " + band);
    }

    private static Set<String> vertices(List<MapFeature> features) {
        Set<String> vertices = new HashSet<>();
        for (MapFeature feature : features) {
            for (double[] part : feature.geometry().parts()) {
                for (int i = 0; i < part.length; i += 2) {
                    vertices.add(part[i] + "," + part[i + 1]);
                }
            }
        }
        return vertices;
    }
}
