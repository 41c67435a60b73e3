// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

class FirstTilesTest {

    private final MapState circle = ShippedAtlas.atlas().content().mapState(StartupOptions.DEFAULT_VIEW).orElseThrow();

    @Test
    void theCircleInTheDefaultWindowTakesTheTilesGluonAsksFor() {
        // a 1440 × 900 window: the map is 690 × 804 at zoom 6.75, and Gluon's map asked for these 16 tiles
        List<TileId> expected = new ArrayList<>();
        for (long y = 25; y <= 28; y++) {
            for (long x = 49; x <= 52; x++) {
                expected.add(new TileId(6, x, y));
            }
        }
        assertEquals(expected, FirstTiles.of(circle, 1440, 900));
    }

    @Test
    void aNarrowWindowWithTheToolsInADrawerTakesTheTilesGluonAsksFor() {
        // a 1280 × 800 screen opens a 1177.6 × 720 window: the map is 824 × 624 at zoom 7.02, and Gluon's map
        // asked for columns 99–104 and rows 51–55 of level 7
        List<TileId> expected = new ArrayList<>();
        for (long y = 51; y <= 55; y++) {
            for (long x = 99; x <= 104; x++) {
                expected.add(new TileId(7, x, y));
            }
        }
        assertEquals(expected, FirstTiles.of(circle, 1177.6, 720));
    }

    @Test
    void aWindowWithNoRoomForTheMapTakesNone() {
        assertEquals(List.of(), FirstTiles.of(circle, 400, 90));
    }
}
