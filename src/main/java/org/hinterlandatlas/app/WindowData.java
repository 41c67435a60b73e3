// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.logging.Logger;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.ui.search.PlaceIndex;
import org.hinterlandatlas.ui.theme.Theme;
import org.hinterlandatlas.words.Messages;

/**
 * What the window needs before it can show the map, read off the FX thread: the atlas, the map style of
 * the theme, the painters' fonts, and the index of names the search field looks in.
 */
record WindowData(Atlas atlas, MapStyle style, FontSet fonts, PlaceIndex places) {

    private static final Logger LOG = Logger.getLogger(WindowData.class.getName());

    /** Loads and checks it all; a problem ends in a {@link CompletionException} around its {@link DataException}. */
    static WindowData load(DataFiles files, Theme theme) {
        try {
            long start = System.nanoTime();
            MapStyle style = style(files, theme);
            Atlas atlas = AtlasLoader.loadForUse(files);
            FontSet fonts = bundledFonts();
            PlaceIndex places = new PlaceIndex(atlas);
            LOG.info(() -> String.format(Locale.ROOT, "Loaded the atlas data in %d ms",
                    (System.nanoTime() - start) / 1_000_000));
            return new WindowData(atlas, style, fonts, places);
        } catch (DataException e) {
            throw new CompletionException(e);
        }
    }

    /** The map style of a theme: map-style.json with the theme's values laid over it. */
    static MapStyle style(DataFiles files, Theme theme) throws DataException {
        StyleLoader loader = new StyleLoader(files, StyleLoader.DEFAULT_STYLE);
        return theme.mapStyleOverrides() == null ? loader.load() : loader.load(theme.mapStyleOverrides());
    }

    /**
     * The bundled fonts for the painters. A machine whose Java finds no fonts at all (no fontconfig) fails
     * here; that is said in the window, naming the font file, like a broken data file.
     */
    private static FontSet bundledFonts() throws DataException {
        try {
            return FontSet.bundled();
        } catch (IllegalStateException | UncheckedIOException | java.awt.AWTError e) {
            throw new DataException(FontSet.REGULAR_RESOURCE, "", Messages.bilingual("font.error",
                    String.valueOf(e.getMessage())), e);
        }
    }
}
