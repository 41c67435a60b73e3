// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureWords;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.Golden;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;

/**
 * A small fixed view, written as SVG and painted as PNG, must equal its golden case under
 * {@code src/test/resources/golden/}: the output is deterministic, and any change to the painter shows up as a
 * diff to review (see {@link Golden} for where a failure leaves it and how to regenerate).
 */
class GoldenFiguresTest {

    /** Channel steps a PNG pixel may differ by: anti-aliased edges of another JDK's rasteriser, not a change. */
    private static final int PNG_TOLERANCE = 8;

    private static final MapState TWO_CORES = new MapState("golden", new Bilingual("成渝双核", "Two cores"),
            new GeoPoint(103.6, 29.2), new GeoPoint(107.0, 31.0),
            EnumSet.of(MapLayerId.CIRCLE, MapLayerId.CORRIDORS, MapLayerId.NODES),
            Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu")));

    @Test
    void theSvgOfASmallFixedViewMatchesItsGoldenCase() throws IOException {
        Figure figure = twoCores(FigureFormat.SVG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(figure, Figures.pagePainter(), out, ExportProgress.NONE);
        Golden.of("chengdu-chongqing-small-svg", "expected.svg").assertText(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void thePngOfASmallFixedViewMatchesItsGoldenCase() {
        Figure figure = twoCores(FigureFormat.PNG);
        Golden.of("chengdu-chongqing-small-png", "expected.png")
                .assertImage(PngFigureWriter.render(figure, Figures.pagePainter(), figure.spec().dpi()), PNG_TOLERANCE);
    }

    @Test
    void thePngWrittenInBandsMatchesTheSameGoldenCase() throws IOException {
        Figure figure = twoCores(FigureFormat.PNG);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // bands of 50 rows: the 302-row page in seven, the last of two rows
        new PngFigureWriter(50, true).write(figure, Figures.pagePainter(), out, ExportProgress.NONE);
        Golden.of("chengdu-chongqing-small-png", "expected.png")
                .assertImage(ImageIO.read(new ByteArrayInputStream(out.toByteArray())), PNG_TOLERANCE);
    }

    private static Figure twoCores(FigureFormat format) {
        FigureSpec spec = new FigureSpec(new PageSize(120, 80), 96, format, Language.ZH, "成渝双核",
                EnumSet.of(Furniture.TITLE, Furniture.SCALE_BAR, Furniture.NOTICE));
        return Figures.composer().compose(spec, TWO_CORES, FigureWords.of(Messages.of(Language.ZH)));
    }
}
