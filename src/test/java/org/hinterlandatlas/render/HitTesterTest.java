// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Corridor;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class HitTesterTest {

    private final Atlas atlas = ShippedAtlas.atlas();
    private final HitTester tester = new HitTester(ShippedAtlas.style());
    private final Viewport view = MapPainterTest.circleView();

    private OverlayScene scene(Set<MapLayerId> layers) {
        return new OverlayScene(atlas.content(), atlas.baseMap(), layers, Language.ZH, Set.of());
    }

    private Optional<FeatureRef> hitAt(GeoPoint point, Set<MapLayerId> layers) {
        return tester.hit(ShippedAtlas.painter().resolve(scene(layers), view, MapFrame.of(view, Set.of())), view.screenX(WebMercator.worldX(point.lon())),
                view.screenY(WebMercator.worldY(point.lat())));
    }

    @Test
    void aClickOnChengduFindsChengdu() {
        GeoPoint chengdu = atlas.content().place("chengdu").orElseThrow().location();
        assertEquals(Optional.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu")),
                hitAt(chengdu, EnumSet.allOf(MapLayerId.class)));
    }

    @Test
    void aClickOnACorridorBetweenStopsFindsTheCorridor() {
        Corridor corridor = atlas.content().corridors().get(0);
        GeoPoint a = corridor.path().get(0);
        GeoPoint b = corridor.path().get(1);
        GeoPoint middle = new GeoPoint((a.lon() + b.lon()) / 2, WebMercator.lat(
                (WebMercator.worldY(a.lat()) + WebMercator.worldY(b.lat())) / 2));
        Optional<FeatureRef> hit = hitAt(middle, EnumSet.allOf(MapLayerId.class));
        assertTrue(hit.isPresent());
        assertEquals(FeatureRef.Kind.CORRIDOR, hit.get().kind());
    }

    @Test
    void aClickInsideAPrefectureAwayFromNodesFindsTheUnit() {
        // 雅安 south-west of its city, far from every node and corridor.
        Optional<FeatureRef> hit = hitAt(new GeoPoint(102.75, 29.6), EnumSet.of(MapLayerId.CIRCLE));
        assertEquals(Optional.of(new FeatureRef(FeatureRef.Kind.UNIT, "511800")), hit);
    }

    @Test
    void theCirclesClusterIsHitOnlyInsideTheCircleNotAllOverSichuan() {
        Viewport china = Viewport.fitting(73.5, 17.0, 135.1, 53.6, 1000, 700, 24);
        OverlayScene clusters = scene(EnumSet.of(MapLayerId.CLUSTERS));
        // 资阳, between the two cores, is in the circle; 甘孜 (Garzê) is in Sichuan but outside it
        GeoPoint ziyang = new GeoPoint(104.9, 30.1);
        GeoPoint garze = new GeoPoint(100.0, 31.0);
        assertEquals(Optional.of(new FeatureRef(FeatureRef.Kind.CLUSTER, "chengyu")), tester.hit(resolved(clusters, china),
                china.screenX(WebMercator.worldX(ziyang.lon())), china.screenY(WebMercator.worldY(ziyang.lat()))));
        assertEquals(Optional.empty(), tester.hit(resolved(clusters, china),
                china.screenX(WebMercator.worldX(garze.lon())), china.screenY(WebMercator.worldY(garze.lat()))));
    }

    @Test
    void switchedOffLayersCannotBeHit() {
        GeoPoint chengdu = atlas.content().place("chengdu").orElseThrow().location();
        assertEquals(Optional.empty(), hitAt(chengdu, EnumSet.noneOf(MapLayerId.class)));
    }

    private static ResolvedScene resolved(OverlayScene scene, Viewport view) {
        return ShippedAtlas.painter().resolve(scene, view, MapFrame.of(view, Set.of()));
    }
}
