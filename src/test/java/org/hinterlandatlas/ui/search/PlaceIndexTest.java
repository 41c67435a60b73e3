// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/** Finding a place by what a class types: Chinese, English or toneless pinyin, whole or begun. */
class PlaceIndexTest {

    private static final PlaceIndex INDEX = new PlaceIndex(ShippedAtlas.atlas());

    private static List<String> names(String typed) {
        return INDEX.find(typed, 10).stream().map(match -> match.name().zh()).toList();
    }

    @Test
    void pinyinWithoutTonesWholeOrBegunFindsThePlace() {
        assertEquals("绵阳", names("mian").get(0));
        assertEquals("成都", names("chengdu").get(0));
        assertTrue(names("cheng").contains("成都"), names("cheng").toString());
        // 重 is read chong here; every reading of a character is a spelling
        assertEquals("重庆", names("chongqing").get(0).substring(0, 2));
        assertTrue(names("Cheng Du").contains("成都"));
    }

    @Test
    void chineseAndEnglishNamesFindItToo() {
        assertEquals("绵阳", names("绵阳").get(0));
        assertEquals("绵阳", names("Mianyang").get(0));
        assertTrue(names("land–sea").stream().anyMatch(name -> name.contains("陆海新通道")), names("land–sea").toString());
    }

    @Test
    void everyKindOfThingIsFound() {
        for (Place place : ShippedAtlas.atlas().content().places()) {
            assertTrue(INDEX.find(place.name().zh(), 50).stream()
                    .anyMatch(m -> m.feature().equals(Optional.of(new FeatureRef(FeatureRef.Kind.PLACE, place.id())))),
                    place.id());
        }
        for (MapState state : ShippedAtlas.atlas().content().mapStates()) {
            assertTrue(INDEX.find(state.title().en(), 50).stream().anyMatch(m -> m.step().equals(Optional.of(state))),
                    state.id());
        }
        assertTrue(INDEX.find("经济圈", 50).stream().anyMatch(m -> m.kind() == PlaceMatch.Kind.AREA
                || m.kind() == PlaceMatch.Kind.STEP));
        assertTrue(INDEX.find("中欧班列", 50).stream().anyMatch(m -> m.kind() == PlaceMatch.Kind.CORRIDOR));
        assertTrue(INDEX.find("panzhihua", 50).stream().anyMatch(m -> m.kind() == PlaceMatch.Kind.HISTORIC_SITE));
    }

    @Test
    void aFoundFeatureKeepsTheLayersOnAndAddsItsOwn() {
        PlaceMatch mianyang = INDEX.find("mianyang", 1).get(0);
        MapState state = mianyang.state(Set.of(MapLayerId.RIVERS));
        assertEquals(Set.of(MapLayerId.RIVERS, MapLayerId.NODES), state.layers());
        double lon = (state.southWest().lon() + state.northEast().lon()) / 2;
        assertEquals(104.7, lon, 0.2);
    }
}
