// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Objects;
import java.util.Optional;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;

/**
 * The view a figure shows, as its file remembers it: the map state, the language and the figure's title,
 * for a figure of a table (chart or cluster map) which table, industry and view, and for a map figure the
 * frame it drew (the extent shown and the map's rectangle on the page). {@link FigureStateCodec} turns it into
 * the small JSON text embedded in PNG, PDF and SVG files.
 */
public record FigureState(MapState map, Language language, String figureTitle, Optional<TableFigureState> table,
                          Optional<FigureFrame> frame) {

    public FigureState {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(figureTitle, "figureTitle");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(frame, "frame");
    }

    /** The state of a figure of a table, or of a map whose frame is not known. */
    public FigureState(MapState map, Language language, String figureTitle, Optional<TableFigureState> table) {
        this(map, language, figureTitle, table, Optional.empty());
    }

    /** The state of a figure of the map alone. */
    public FigureState(MapState map, Language language, String figureTitle) {
        this(map, language, figureTitle, Optional.empty(), Optional.empty());
    }

    public FigureState withFrame(FigureFrame drawn) {
        return new FigureState(map, language, figureTitle, table, Optional.of(drawn));
    }
}
