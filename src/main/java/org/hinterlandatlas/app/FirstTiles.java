// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.geo.TileId;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.map.AtlasMapView;
import org.hinterlandatlas.ui.shell.ShellLayout;

/**
 * The base tiles the map will ask for first, worked out before the window is built, so they are painted
 * while it is: the first view fitted to the map's room in a window of the stage's size, at the whole zoom
 * level Gluon's map takes for the view's zoom, with the margin it loads around what it shows (as Gluon Maps
 * 2.0's {@code BaseMap.loadTiles} counts them). A guess that misses costs only the tiles painted in vain:
 * the map asks for its own, and those already painted or being painted are not painted again.
 */
final class FirstTiles {

    /**
     * The height of the menus, the tool bar and the status bar as the window's style sheets lay them out at
     * its start (the bundled font; measured in zh and en). A few pixels off change the fitted zoom by
     * hundredths of a level, which the margin covers.
     */
    static final double CHROME_HEIGHT = 96;

    private FirstTiles() {
    }

    /** The tiles for {@code state} in a window whose scene is {@code sceneWidth} × {@code sceneHeight}. */
    static List<TileId> of(MapState state, double sceneWidth, double sceneHeight) {
        ShellLayout layout = ShellLayout.forWidth(sceneWidth);
        // the narrative is shown at start, and the tools are beside the map only in a docked window
        double width = layout.mapWidth(sceneWidth, true, layout.docked());
        double height = sceneHeight - CHROME_HEIGHT;
        if (width <= 0 || height <= 0) {
            return List.of();
        }
        Viewport view = Viewport.fitting(state.southWest().lon(), state.southWest().lat(), state.northEast().lon(),
                state.northEast().lat(), width, height, AtlasMapView.FIT_MARGIN);
        double zoom = AtlasMapView.clampZoom(view.zoom());
        view = Viewport.centredOn(view.centerLon(), view.centerLat(), zoom, width, height);
        // Gluon's map shows the tiles of the whole level a fifth of a level above, scaled
        int level = (int) Math.floor(zoom + 0.2);
        long count = 1L << level;
        // a tile of this level on the screen, in pixels
        double tile = WebMercator.TILE_SIZE * Math.pow(2, zoom - level);
        long firstX = Math.max(0, (long) (view.worldX(0) * count) - 1);
        long firstY = Math.max(0, (long) (view.worldY(0) * count));
        long endX = Math.min(count, firstX + (long) (width / tile) + 3);
        long endY = Math.min(count, firstY + (long) (height / tile) + 3);
        List<TileId> tiles = new ArrayList<>();
        for (long y = firstY; y < endY; y++) {
            for (long x = firstX; x < endX; x++) {
                tiles.add(new TileId(level, x, y));
            }
        }
        return tiles;
    }
}
