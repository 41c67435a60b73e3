// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.EnumSet;
import java.util.Set;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;

/** Figures of the shipped atlas for tests. */
public final class Figures {

    private Figures() {
    }

    public static FigureComposer composer() {
        return new FigureComposer(ShippedAtlas.painter(), new LegendPainter(ShippedAtlas.style(), ShippedAtlas.fonts()),
                ShippedAtlas.atlas().content(), ShippedAtlas.atlas().baseMap());
    }

    public static MapState state(String id) {
        return ShippedAtlas.atlas().content().mapState(id).orElseThrow();
    }

    public static Figure figure(String viewId, FigureFormat format, PageSize page, int dpi, Language language,
                                Set<Furniture> furniture) {
        MapState state = state(viewId);
        FigureSpec spec = new FigureSpec(page, dpi, format, language, state.title().get(language), furniture);
        return composer().compose(spec, state, FigureWords.of(Messages.of(language)));
    }

    /** The circle view on A4 landscape with everything on. */
    public static Figure circle(FigureFormat format, int dpi) {
        return figure("circle", format, Paper.A4.page(true), dpi, Language.ZH, EnumSet.allOf(Furniture.class));
    }

    public static PagePainter pagePainter() {
        return new PagePainter(ShippedAtlas.fonts());
    }
}
