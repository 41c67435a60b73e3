// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hinterlandatlas.figure.ClusterShareMapBody;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.TableChartBody;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.TableFigures;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.CityCluster;
import org.hinterlandatlas.model.Evidence;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.render.ClusterShareMapPainter;
import org.hinterlandatlas.render.ClusterPalette;
import org.hinterlandatlas.render.GroupedBarChartPainter;
import org.hinterlandatlas.style.MapStyle;
import org.hinterlandatlas.support.ExportedFiles;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** Table 2's chart and cluster map written as figures, and checked as their readers would. */
class Table2FiguresTest {

    @TempDir
    Path folder;

    private final Evidence evidence = ShippedAtlas.atlas().content().evidence();
    private final TableFigures figures = new TableFigures(ShippedAtlas.chart(),
            new ClusterShareMapPainter(ShippedAtlas.painter(), ShippedAtlas.fonts()),
            ShippedAtlas.atlas().content(), ShippedAtlas.atlas().baseMap());
    private final PagePainter painter = new PagePainter(ShippedAtlas.fonts());
    private final ProjectTable table = evidence.table2();
    private final ClusterPalette palette = ClusterPalette.of(ShippedAtlas.style(), ShippedAtlas.atlas().content().clusters());
    private final ProjectTable.Industry electronics = table.industry("electronics").orElseThrow();

    private Figure figure(TableFigureState.Kind kind, FigureFormat format, int dpi, Language language) {
        Table2FigureSubject subject = new Table2FigureSubject(figures, kind, electronics);
        return subject.figure(new FigureSpec(Paper.A4.page(true), dpi, format, language,
                subject.defaultTitle(language), EnumSet.allOf(Furniture.class)));
    }

    private Path write(Figure figure, String name) throws Exception {
        Path file = folder.resolve(name + "." + figure.spec().format().extension());
        FigureFiles.export(figure, painter, file, ExportProgress.NONE);
        return file;
    }

    @Test
    void theChartsPdfHasTheIndustriesAndClustersAsTextInTheEmbeddedFont() throws Exception {
        Path file = write(figure(TableFigureState.Kind.CHART, FigureFormat.PDF, 300, Language.ZH), "chart");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            for (ProjectTable.Industry industry : table.industries()) {
                assertTrue(text.contains(industry.name().zh()), industry.name().zh() + " can be searched");
            }
            for (ProjectTable.Block cluster : table.clusters()) {
                assertTrue(text.contains(cluster.name().zh()), cluster.name().zh() + " can be searched");
            }
            assertTrue(text.contains("2022年主要城市群高技术制造业新产品开发项目数：电子及通信设备"), "the title: " + text);
            assertTrue(text.contains("CNRDS"), "the source line names the data");
            assertFalse(text.contains("示意图"), "a chart is no map, so it carries no map notice");
            List<PDFont> fonts = ExportedFiles.fontsOfFirstPage(document);
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font.getName().contains("NotoSansSC"), font.getName());
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
        }
    }

    @Test
    void theChartsSvgParsesWithoutText() throws Exception {
        Path file = write(figure(TableFigureState.Kind.CHART, FigureFormat.SVG, 300, Language.EN), "chart");
        Document document = ExportedFiles.svg(file);
        assertEquals("svg", document.getDocumentElement().getLocalName());
        assertEquals(0, document.getElementsByTagNameNS("*", "text").getLength(), "text is drawn as outlines");
        assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("font-family"));
    }

    @Test
    void theChartsPngHasThePapersSizeAndItsBarsInTheirColours() throws Exception {
        Figure figure = figure(TableFigureState.Kind.CHART, FigureFormat.PNG, 300, Language.ZH);
        BufferedImage image = ImageIO.read(write(figure, "chart").toFile());
        assertEquals(3508, image.getWidth());
        assertEquals(2480, image.getHeight());
        Rectangle2D body = painter.layout(figure).body();
        TableChartBody chart = (TableChartBody) figure.body();
        List<GroupedBarChartPainter.Bar> bars = chart.bars(body.getWidth() * PagePainter.PX_PER_PT,
                body.getHeight() * PagePainter.PX_PER_PT);
        assertEquals(table.industries().size() * table.clusters().size(), bars.size());
        double toPixels = 300 / 96.0;
        int checked = 0;
        for (GroupedBarChartPainter.Bar bar : bars) {
            if (bar.box().getHeight() < 4) {
                continue;
            }
            int x = (int) Math.round(body.getX() * 300 / 72 + bar.box().getCenterX() * toPixels);
            int y = (int) Math.round(body.getY() * 300 / 72 + bar.box().getCenterY() * toPixels);
            // the bar is its cluster's map colour; a hatched bar's thin lines leave that colour the commonest
            assertEquals(palette.colour(bar.clusterId()).getRGB(), commonestColour(image, x, y),
                    bar.clusterId() + " in industry " + bar.industry());
            checked++;
        }
        assertTrue(checked >= 15, "most bars are tall enough to sample: " + checked);
    }

    @Test
    void aClusterHasOneColourOnTheMapAndInTheChart() {
        MapStyle style = ShippedAtlas.style();
        for (CityCluster cluster : ShippedAtlas.atlas().content().clusters()) {
            MapStyle.Area area = style.overlay().clusters().get(cluster.role());
            assertEquals(area.outline(), palette.outline(cluster.id()), cluster.id());
            int alpha = area.fill().getAlpha();
            int expectedRed = Math.round((area.fill().getRed() * alpha + style.base().chinaLand().getRed() * (255 - alpha))
                    / 255f);
            assertEquals(expectedRed, palette.colour(cluster.id()).getRed(), 1, cluster.id());
        }
        assertNotEquals(palette.colour("chengyu"), palette.colour("yangtze-delta"),
                "the core carrier area does not look like a coastal pole");
        assertTrue(palette.hatched("yangtze-delta") != palette.hatched("jingjinji"),
                "two coastal poles in one chart are told apart by hatching");
    }

    private static int commonestColour(BufferedImage image, int x, int y) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int dx = -12; dx <= 12; dx++) {
            for (int dy = -12; dy <= 12; dy++) {
                counts.merge(image.getRGB(x + dx, y + dy), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    @Test
    void theChartPageReadsTheDatasetOfTheScreen() {
        EvidenceViewModel model = new EvidenceViewModel(evidence);
        Figure figure = figure(TableFigureState.Kind.CHART, FigureFormat.PDF, 300, Language.EN);
        TableChartBody chart = (TableChartBody) figure.body();
        assertSame(model.table(), chart.table(), "one dataset for the panel and the figure");
        model.industryProperty().set(electronics);
        Map<String, Double> charted = new LinkedHashMap<>();
        chart.bars(1000, 600).stream().filter(b -> b.industry() == table.indexOf(electronics))
                .forEach(b -> charted.put(b.clusterId(), b.percent()));
        assertEquals(model.shading().values(), charted);
        ClusterShareMapBody map = (ClusterShareMapBody) figure(TableFigureState.Kind.MAP, FigureFormat.PDF, 300,
                Language.EN).body();
        assertEquals(model.shading(), map.scene().shading(), "the map figure is shaded as the panel's map");
    }

    @Test
    void aChartHasNoScaleBarNorthArrowOrNoticeAndTheMapHasThemAll() {
        Figure chart = figure(TableFigureState.Kind.CHART, FigureFormat.PDF, 300, Language.ZH);
        assertEquals(EnumSet.of(Furniture.TITLE, Furniture.LEGEND, Furniture.CREDITS), chart.spec().furniture());
        Figure map = figure(TableFigureState.Kind.MAP, FigureFormat.PDF, 300, Language.ZH);
        assertEquals(EnumSet.allOf(Furniture.class), map.spec().furniture());
    }

    @Test
    void aLongTitleTakesTwoLinesRatherThanShrinkingAShortOneStaysOnOne() {
        assertEquals(1, painter.layout(figure(TableFigureState.Kind.CHART, FigureFormat.PDF, 300, Language.ZH)).titleLines());
        assertEquals(2, painter.layout(figure(TableFigureState.Kind.CHART, FigureFormat.PDF, 300, Language.EN)).titleLines());
    }

    @Test
    void theMapsPdfCarriesTheNoticeAndTheData() throws Exception {
        Path file = write(figure(TableFigureState.Kind.MAP, FigureFormat.PDF, 300, Language.ZH), "map");
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(document).replace("\n", "").replace("\r", "");
            assertTrue(text.contains("示意图，非标准地图"), text);
            assertTrue(text.contains("CNRDS") && text.contains("Natural Earth"), text);
            assertTrue(text.contains("全国占比（电子及通信设备）"), "the shading's scale: " + text);
        }
    }

    @Test
    void theFigureRemembersTheTableIndustryAndViewInEveryFormat() throws Exception {
        for (TableFigureState.Kind kind : TableFigureState.Kind.values()) {
            for (FigureFormat format : FigureFormat.values()) {
                Figure figure = figure(kind, format, 72, Language.EN);
                FigureState read = FigureFiles.readState(write(figure, kind + "-state"));
                assertEquals(figure.state().orElseThrow(), read, kind + " as " + format);
                assertEquals(new TableFigureState("table2", "electronics", kind), read.table().orElseThrow());
                assertEquals(evidence.tableState(), read.map());
            }
        }
    }
}
