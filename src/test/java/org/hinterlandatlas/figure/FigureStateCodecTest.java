// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.junit.jupiter.api.Test;

class FigureStateCodecTest {

    static FigureState sample() {
        MapState map = new MapState("circle", new Bilingual("经济圈尺度", "Circle scale"),
                new GeoPoint(101.93456789012345, 27.6), new GeoPoint(110.3, 32.912345678901234),
                EnumSet.of(MapLayerId.NODES, MapLayerId.CIRCLE, MapLayerId.RIVERS),
                Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), new FeatureRef(FeatureRef.Kind.UNIT, "510100")));
        return new FigureState(map, Language.EN, "成渝 <&> \"figure\"");
    }

    @Test
    void aStateRoundTripsExactly() throws FigureStateException {
        FigureState state = sample();
        assertEquals(state, FigureStateCodec.decode(FigureStateCodec.encode(state)));
    }

    @Test
    void theTextIsAsciiAndTheSameForTheSameView() {
        String text = FigureStateCodec.encode(sample());
        assertTrue(text.chars().allMatch(c -> c < 128), "a PNG tEXt chunk holds Latin-1 only: " + text);
        assertEquals(text, FigureStateCodec.encode(sample()));
        assertTrue(text.contains("\"highlighted\":[\"PLACE:chengdu\",\"UNIT:510100\"]"), text);
    }

    @Test
    void brokenRecordsGiveAClearProblem() {
        FigureStateException notJson = assertThrows(FigureStateException.class, () -> FigureStateCodec.decode("{oops"));
        assertTrue(notJson.problem().en().contains("not valid JSON"));
        FigureStateException foreign = assertThrows(FigureStateException.class,
                () -> FigureStateCodec.decode("{\"format\":\"other\"}"));
        assertTrue(foreign.problem().zh().contains("不是战略腹地图集"));
        String badLayer = FigureStateCodec.encode(sample()).replace("RIVERS", "ROADS");
        FigureStateException layer = assertThrows(FigureStateException.class, () -> FigureStateCodec.decode(badLayer));
        assertTrue(layer.problem().en().contains("ROADS"));
        String badLat = FigureStateCodec.encode(sample()).replace("27.6", "97.6");
        assertThrows(FigureStateException.class, () -> FigureStateCodec.decode(badLat));
    }

    @Test
    void aTablesViewRoundTripsAndARecordWithoutOneIsAMaps() throws FigureStateException {
        FigureState map = sample();
        FigureState chart = new FigureState(map.map(), Language.ZH, "表2",
                Optional.of(new TableFigureState("table2", "electronics", TableFigureState.Kind.CHART)));
        String text = FigureStateCodec.encode(chart);
        assertTrue(text.contains("\"table\":{\"id\":\"table2\",\"industry\":\"electronics\",\"view\":\"chart\"}"), text);
        assertEquals(chart, FigureStateCodec.decode(text));
        assertEquals(Optional.empty(), FigureStateCodec.decode(FigureStateCodec.encode(map)).table());
        assertFalse(FigureStateCodec.encode(map).contains("\"table\""), "a map's record is as before");
        FigureStateException badView = assertThrows(FigureStateException.class,
                () -> FigureStateCodec.decode(text.replace("\"chart\"", "\"pie\"")));
        assertTrue(badView.problem().en().contains("pie"), badView.problem().en());
    }
}
