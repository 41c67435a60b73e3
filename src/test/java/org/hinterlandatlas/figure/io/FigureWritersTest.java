// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.MapBody;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.PageBody;
import org.hinterlandatlas.figure.PageLayout;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.geo.Viewport;
import org.hinterlandatlas.geo.WebMercator;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.model.Place;
import org.hinterlandatlas.model.Tier;
import org.hinterlandatlas.support.ExportedFiles;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.figure.FigureWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Writes the circle view in each format and checks the file as its reader would. */
class FigureWritersTest {

    @TempDir
    Path folder;

    private final PagePainter painter = Figures.pagePainter();

    @Test
    void pngHasTheExactPixelSizeAndTheMapsPixels() throws Exception {
        Figure figure = Figures.figure("circle", FigureFormat.PNG, Paper.A4.page(true), 300, Language.ZH,
                EnumSet.complementOf(EnumSet.of(Furniture.LEGEND)));
        Path file = folder.resolve("circle.png");
        FigureFiles.export(figure, painter, file, ExportProgress.NONE);
        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(3508, image.getWidth());
        assertEquals(2480, image.getHeight());

        // The core node of Chengdu is where the map's viewport puts it, scaled from CSS pixels to 300 DPI.
        PageLayout layout = painter.layout(figure);
        Rectangle2D body = layout.body();
        Viewport viewport = ((MapBody) figure.body()).viewport(body.getWidth() * PagePainter.PX_PER_PT,
                body.getHeight() * PagePainter.PX_PER_PT);
        Place chengdu = ShippedAtlas.atlas().content().place("chengdu").orElseThrow();
        double deviceScale = 300 / 96.0;
        double x = body.getX() * 300 / 72 + viewport.screenX(WebMercator.worldX(chengdu.location().lon())) * deviceScale;
        double y = body.getY() * 300 / 72 + viewport.screenY(WebMercator.worldY(chengdu.location().lat())) * deviceScale;
        int core = ShippedAtlas.style().overlay().nodes().get(Tier.CORE).fill().getRGB();
        assertEquals(core, image.getRGB((int) Math.round(x + 5 * deviceScale), (int) Math.round(y)),
                "the core's ring is drawn around Chengdu");
        int land = ShippedAtlas.style().base().chinaLand().getRGB();
        int sample = 0;
        for (int py = 300; py < 2300; py += 20) {
            for (int px = 100; px < 3400; px += 20) {
                if (image.getRGB(px, py) == land) {
                    sample++;
                }
            }
        }
        assertTrue(sample > 500, "China's land colour covers part of the map: " + sample);
    }

    @Test
    void pdfHasRealChineseTextInTheEmbeddedBundledFont() throws Exception {
        Path file = folder.resolve("circle.pdf");
        FigureFiles.export(Figures.circle(FigureFormat.PDF, 300), painter, file, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("成都"), "成都 can be searched");
            assertTrue(text.contains("重庆"), "重庆 can be searched");
            assertTrue(text.contains("示意图，非标准地图"), "the notice is text");
            List<PDFont> fonts = ExportedFiles.fontsOfFirstPage(document);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.getName().contains("NotoSansSC"), font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                assertTrue(font instanceof PDType0Font, "a CID font with a subset of the glyphs");
                assertTrue(font.getName().matches("[A-Z]{6}\\+.*"), "a subset carries a tag: " + font.getName());
            }
        }
    }

    @Test
    void svgParsesAndDrawsItsLabelsAsGlyphOutlines() throws Exception {
        Path file = folder.resolve("circle.svg");
        FigureFiles.export(Figures.circle(FigureFormat.SVG, 300), painter, file, ExportProgress.NONE);
        Document document = ExportedFiles.svg(file);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals(0, document.getElementsByTagNameNS("*", "text").getLength(),
                "no <text>: where the font is missing it would render as boxes");
        String svg = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(svg.contains("font-family"), "nothing depends on an installed font");

        // The title is there as one path of glyph outlines. The map shows rivers and lakes only, which carry
        // no labels: a title takes room from the map, and labels would be placed anew in what is left.
        MapState circle = Figures.state("circle");
        MapState unlabelled = new MapState(circle.id(), circle.title(), circle.southWest(), circle.northEast(),
                EnumSet.of(MapLayerId.RIVERS, MapLayerId.LAKES), Set.of());
        Figure bare = figure(unlabelled, EnumSet.noneOf(Furniture.class));
        Figure titled = figure(unlabelled, EnumSet.of(Furniture.TITLE));
        int withTitle = paths(SvgFigureWriter.svg(titled, painter));
        int without = paths(SvgFigureWriter.svg(bare, painter));
        assertEquals(without + 1, withTitle, "the title is one glyph-outline path");
    }

    private static Figure figure(MapState state, Set<Furniture> furniture) {
        FigureSpec spec = new FigureSpec(Paper.A4.page(true), 300, FigureFormat.SVG, Language.ZH,
                state.title().get(Language.ZH), furniture);
        return Figures.composer().compose(spec, state, FigureWords.of(Messages.of(Language.ZH)));
    }

    private static int paths(String svg) {
        int count = 0;
        for (int i = svg.indexOf("<path"); i >= 0; i = svg.indexOf("<path", i + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theViewStateRoundTripsThroughEveryFormat() throws Exception {
        for (FigureFormat format : FigureFormat.values()) {
            Figure figure = Figures.figure("circle", format, Paper.A4.page(true), 72, Language.EN,
                    EnumSet.allOf(Furniture.class));
            Path file = folder.resolve("state." + format.extension());
            FigureFiles.export(figure, painter, file, ExportProgress.NONE);
            FigureState read = FigureFiles.readState(file);
            assertEquals(figure.state().orElseThrow(), read, format + " remembers the view");
            assertEquals(Language.EN, read.language());
        }
    }

    @Test
    void anotherBodyGetsTheSamePageInEveryFormat() throws Exception {
        // A body that is not a map, as a chart would be: a filled square in the middle of the body.
        PageBody square = (g, width, height) -> {
            g.setColor(new Color(0x1f6fa8));
            g.fill(new Rectangle2D.Double(width / 2 - 50, height / 2 - 50, 100, 100));
        };
        FigureSpec spec = new FigureSpec(Paper.A4.page(true), 150, FigureFormat.PNG, Language.EN, "A chart",
                EnumSet.allOf(Furniture.class));
        Figure chart = new Figure(spec, FigureWords.of(Messages.of(Language.EN)), square, Optional.empty());
        Path png = folder.resolve("chart.png");
        FigureFiles.export(chart, painter, png, ExportProgress.NONE);
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1754, image.getWidth());
        Rectangle2D body = painter.layout(chart).body();
        int cx = (int) Math.round(body.getCenterX() * 150 / 72);
        int cy = (int) Math.round(body.getCenterY() * 150 / 72);
        assertEquals(0x1f6fa8, image.getRGB(cx, cy) & 0xffffff, "the body is painted in the middle of the page");
        Path pdf = folder.resolve("chart.pdf");
        FigureFiles.export(new Figure(spec.withFormat(FigureFormat.PDF), chart.texts(), square,
                Optional.empty()), painter, pdf, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("A chart") && text.contains("Schematic map, not a standard map"), text);
        }
        FigureStateException e = assertThrows(FigureStateException.class,
                () -> FigureFiles.readState(png));
        assertTrue(e.problem().en().contains("carries no atlas view"));
    }

    @Test
    void aFileWithoutAViewSaysSo() throws Exception {
        Path text = folder.resolve("notes.svg");
        Files.writeString(text, "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        FigureStateException e = assertThrows(FigureStateException.class,
                () -> FigureFiles.readState(text));
        assertTrue(e.problem().en().contains("carries no atlas view"), e.problem().en());
        assertTrue(e.problem().en().contains("notes.svg"));
        Path garbage = folder.resolve("garbage.svg");
        Files.writeString(garbage, "not xml at all");
        FigureStateException bad = assertThrows(FigureStateException.class,
                () -> FigureFiles.readState(garbage));
        assertTrue(bad.problem().zh().contains("garbage.svg"));
    }
}
