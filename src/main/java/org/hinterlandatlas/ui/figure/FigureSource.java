// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureComposer;
import org.hinterlandatlas.figure.pack.PrintPack;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageBody;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.MapViewModel;
import org.hinterlandatlas.figure.FigureWords;

/** Makes figures of the map as it is on screen, with the window's painters, in any language. */
public final class FigureSource {

    private final MapViewModel model;
    private final FigureComposer composer;
    private final PagePainter pagePainter;
    private final PrintPack printPack;

    public FigureSource(MapViewModel model, MapPainter painter, LegendPainter legendPainter) {
        this.model = model;
        this.composer = new FigureComposer(painter, legendPainter, model.atlas().content(), model.atlas().baseMap());
        this.pagePainter = composer.pagePainter();
        this.printPack = new PrintPack(painter, legendPainter, model.atlas().content(), model.atlas().baseMap());
    }

    /** The maker of print packs, with the window's painters. */
    public PrintPack printPack() {
        return printPack;
    }

    public MapViewModel model() {
        return model;
    }

    public PagePainter pagePainter() {
        return pagePainter;
    }

    /** A figure of a state; its words are in the spec's language, whatever the window's. */
    public Figure figure(FigureSpec spec, MapState state) {
        return composer.compose(spec, state, FigureWords.of(Messages.of(spec.language())));
    }

    /** The map as it is on screen now, as the subject of a figure. */
    public FigureSubject currentMap() {
        MapState state = model.currentState();
        return new FigureSubject() {
            @Override
            public String defaultTitle(Language language) {
                return state.title().get(language);
            }

            @Override
            public Set<Furniture> furniture() {
                return EnumSet.allOf(Furniture.class);
            }

            @Override
            public String fileName() {
                return state.id();
            }

            @Override
            public Figure figure(FigureSpec spec) {
                return FigureSource.this.figure(spec, state);
            }
        };
    }

    /**
     * A figure whose body is something other than the map, e.g. a chart painted on Graphics2D: the same
     * page, title, credits and notice, written by the same writers; it carries no view to return to.
     */
    public Figure figure(FigureSpec spec, PageBody body) {
        return new Figure(spec, FigureWords.of(Messages.of(spec.language())), body, Optional.empty());
    }
}
