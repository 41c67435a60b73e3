// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Objects;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;

/**
 * The view a figure shows, as its file remembers it: the map state, the language and the figure's title.
 * {@link FigureStateCodec} turns it into the small JSON text embedded in PNG, PDF and SVG files.
 */
public record FigureState(MapState map, Language language, String figureTitle) {

    public FigureState {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(figureTitle, "figureTitle");
    }
}
