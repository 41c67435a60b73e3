// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.figure.FigureWords;
import org.junit.jupiter.api.Test;

/**
 * A small fixed view written as SVG must equal the checked-in file, byte for byte: the output is
 * deterministic, and any change to the painter shows up as a text diff to review. After an intended change,
 * regenerate with {@code mvn -o test -Dtest=GoldenSvgTest -Dgolden.update=true} and read the diff.
 */
class GoldenSvgTest {

    private static final String GOLDEN = "golden/chengdu-chongqing-small.svg";

    @Test
    void aSmallFixedViewMatchesTheGoldenFile() throws IOException {
        MapState state = new MapState("golden", new Bilingual("成渝双核", "Two cores"), new GeoPoint(103.6, 29.2),
                new GeoPoint(107.0, 31.0), EnumSet.of(MapLayerId.CIRCLE, MapLayerId.CORRIDORS, MapLayerId.NODES),
                Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu")));
        FigureSpec spec = new FigureSpec(new PageSize(120, 80), 96, FigureFormat.SVG, Language.ZH, "成渝双核",
                EnumSet.of(Furniture.TITLE, Furniture.SCALE_BAR, Furniture.NOTICE));
        Figure figure = Figures.composer().compose(spec, state, FigureWords.of(Messages.of(Language.ZH)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new SvgFigureWriter().write(figure, Figures.pagePainter(), out, ExportProgress.NONE);
        String actual = out.toString(StandardCharsets.UTF_8);

        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(Path.of("src/test/resources", GOLDEN), actual, StandardCharsets.UTF_8);
        }
        try (InputStream in = GoldenSvgTest.class.getClassLoader().getResourceAsStream(GOLDEN)) {
            String expected = in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(expected, actual, "the SVG differs from " + GOLDEN + "; if intended, regenerate it");
        }
    }
}
