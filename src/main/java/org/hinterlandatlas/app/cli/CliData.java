// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.style.MapStyle;

/** The shipped atlas and style, loaded and checked as the window does. */
record CliData(Atlas atlas, MapStyle style) {

    static CliData load() throws DataException {
        ClasspathDataFiles files = new ClasspathDataFiles();
        MapStyle style = new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
        return new CliData(new AtlasLoader(files).load(), style);
    }

    /** The one message of a data problem, in both languages. */
    static String describe(DataException e) {
        return "错误 / Error: " + e.getMessage();
    }
}
