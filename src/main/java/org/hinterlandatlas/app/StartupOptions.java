// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.app.cli.UsageError;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;

/**
 * The window's options (see {@link WindowOptions}): the language (when given, it wins over the remembered
 * one), the view to open on, and the data files, from the classpath or from a folder laid out like it, which
 * lets a content author try edited files without rebuilding.
 */
record StartupOptions(Optional<Language> language, Optional<String> viewId, DataFiles dataFiles) {

    /** The view opened when none is asked for. */
    static final String DEFAULT_VIEW = "circle";

    /** The state to open on: the one asked for, which must exist, else the circle (or the first state). */
    MapState view(List<MapState> states) throws UsageError {
        if (viewId.isPresent()) {
            return UsageError.view(viewId.get(), states);
        }
        return states.stream().filter(state -> state.id().equals(DEFAULT_VIEW)).findFirst()
                .orElseGet(() -> states.get(0));
    }
}
