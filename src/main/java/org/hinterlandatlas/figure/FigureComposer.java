// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;

/** Makes map figures: a page whose body is a map state painted by the atlas's one map painter. */
public final class FigureComposer {

    private final MapPainter painter;
    private final LegendPainter legendPainter;
    private final AtlasContent content;
    private final BaseMapData baseMap;

    public FigureComposer(MapPainter painter, LegendPainter legendPainter, AtlasContent content, BaseMapData baseMap) {
        this.painter = painter;
        this.legendPainter = legendPainter;
        this.content = content;
        this.baseMap = baseMap;
    }

    public Figure compose(FigureSpec spec, MapState state, FigureTexts texts) {
        MapBody body = new MapBody(painter, legendPainter, content, baseMap, state, spec.language(),
                spec.furniture(), texts);
        Figure figure = new Figure(spec, texts, body, Optional.of(new FigureState(state, spec.language(), spec.title())));
        // the page's layout (its title and footer lines) decides where the body, and so the map, lies on it
        Rectangle2D area = pagePainter().layout(figure).body();
        FigureFrame frame = body.drawnFrame(area.getX(), area.getY(), area.getWidth() * PagePainter.PX_PER_PT,
                area.getHeight() * PagePainter.PX_PER_PT, 1 / PagePainter.PX_PER_PT);
        return new Figure(spec, texts, body, figure.state().map(s -> s.withFrame(frame)));
    }

    /** The painter of whole pages in the atlas's fonts. */
    public PagePainter pagePainter() {
        return new PagePainter(painter.fonts());
    }
}
