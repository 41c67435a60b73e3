// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.concurrent.CompletableFuture;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.style.MapStyle;

/** The shipped atlas, style and fonts, loaded and checked as the window does. */
record CliData(Atlas atlas, MapStyle style, FontSet fonts) {

    /**
     * Loads the fonts on a second thread while the data is read and checked: a command is a fresh JVM, and
     * the two together are most of its time before the figure is painted.
     */
    static CliData load(DataFiles files) throws DataException {
        CompletableFuture<FontSet> fonts = CompletableFuture.supplyAsync(FontSet::bundled);
        MapStyle style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        Atlas atlas = AtlasLoader.loadForUse(files);
        return new CliData(atlas, style, fonts.join());
    }

    /** The one message of a data problem, in both languages: file, entry and problem. */
    static String describe(DataException e) {
        return "错误：" + e.describe(Language.ZH) + "\nError: " + e.describe(Language.EN);
    }
}
