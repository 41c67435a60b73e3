// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.PdfPackWriter;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.render.LegendPainter;
import org.hinterlandatlas.render.MapPainter;
import org.hinterlandatlas.render.quiz.QuizItem;
import org.hinterlandatlas.support.ExportedFiles;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.words.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintPackTest {

    @TempDir
    Path folder;

    private final Atlas atlas = ShippedAtlas.atlas();
    private final MapPainter painter = new MapPainter(ShippedAtlas.style(), ShippedAtlas.fonts());
    private final PrintPack pack = new PrintPack(painter, new LegendPainter(ShippedAtlas.style(), painter.fonts()),
            atlas.content(), atlas.baseMap());
    private final Lesson lesson = StoryLesson.of(atlas.content(), Messages.bilingual("pack.default.title"));

    private static String squeezed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private Path export(Language language) throws Exception {
        List<Figure> pages = pack.pages(lesson, Paper.A4.page(false), new PackWords(Messages.of(language)));
        Path file = folder.resolve("pack-" + language + ".pdf");
        PdfPackWriter.export(pages, lesson.title().get(language), pack.pagePainter(), file, ExportProgress.NONE);
        return file;
    }

    @Test
    void theDefaultLessonFollowsTheAtlasWalkWithTheTextsOfItsSteps() {
        assertThat(lesson.steps()).hasSize(atlas.content().steps().size());
        assertThat(lesson.steps()).extracting(LessonStep::caption)
                .containsExactlyElementsOf(atlas.content().steps().stream().map(s -> s.title()).toList());
        assertThat(lesson.steps().get(0).notes().zh()).isNotBlank();
        assertThat(lesson.steps().get(0).citation()).isNotEmpty();
    }

    @Test
    void aPackIsACoverAPagePerStepAWorksheetAndItsKeyEachCarryingItsCaptionTheNoticeAndTheSources()
            throws Exception {
        Path file = export(Language.EN);
        List<QuizItem> places = pack.worksheetPlaces();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1 + lesson.steps().size() + 2);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = squeezed(stripper.getText(document));
                assertThat(text).as("page %d carries the notice", page).contains(squeezed("Schematic map, not a standard map"));
                assertThat(text).as("page %d names its sources", page).contains("NaturalEarth").contains("GONG");
                if (page >= 2 && page <= lesson.steps().size() + 1) {
                    LessonStep step = lesson.steps().get(page - 2);
                    assertThat(text).as("page %d has its step's caption", page).contains(squeezed(step.caption().en()));
                }
                for (PDFont font : ExportedFiles.fontsOfPage(document, page - 1)) {
                    assertThat(font.isEmbedded()).as("%s on page %d is embedded", font.getName(), page).isTrue();
                    assertThat(font.getName()).contains("NotoSansSC");
                }
            }
            String cover = squeezed(pageText(document, 1));
            lesson.steps().forEach(s -> assertThat(cover).contains(squeezed(s.caption().en())));
            String worksheet = pageText(document, document.getNumberOfPages() - 1);
            String key = pageText(document, document.getNumberOfPages());
            assertThat(places).hasSizeGreaterThan(10);
            for (int i = 0; i < places.size(); i++) {
                String row = (i + 1) + " " + places.get(i).name().en();
                assertThat(key).as("the key names place %d", i + 1).contains(row);
                assertThat(worksheet).as("the worksheet leaves place %d blank", i + 1).doesNotContain(row);
            }
            // no label on the worksheet's map: a name the footer does not hold appears nowhere on the page
            assertThat(worksheet).doesNotContain("Mianyang").doesNotContain("Nanchong").contains("1\n2\n3");
        }
    }

    @Test
    void aStepsInkIsDrawnOnItsPage() throws Exception {
        LessonStep first = lesson.steps().get(0);
        Annotation note = new Annotation.Text("#d62728", 16, new GeoPoint(104.07, 30.67), "Inkwritten");
        LessonStep inked = new LessonStep(first.id(), first.map(), first.itemId(), List.of(note), first.caption(),
                first.notes(), first.citation());
        Lesson one = new Lesson(lesson.title(), List.of(inked));
        List<Figure> pages = pack.pages(one, Paper.A4.page(false), new PackWords(Messages.of(Language.EN)));
        Path file = folder.resolve("inked.pdf");
        PdfPackWriter.export(pages, one.title().en(), pack.pagePainter(), file, ExportProgress.NONE);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(pageText(document, 2)).contains("Inkwritten");
            assertThat(pageText(document, 1)).doesNotContain("Inkwritten");
        }
    }

    private static String pageText(PDDocument document, int page) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document);
    }

    @Test
    void theChinesePackHasTheChineseCaptions() throws Exception {
        Path file = export(Language.ZH);
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            String text = squeezed(new PDFTextStripper().getText(document));
            lesson.steps().forEach(s -> assertThat(text).contains(squeezed(s.caption().zh())));
            assertThat(text).contains("示意图，非标准地图");
        }
    }

    @Test
    void aCancelledPackLeavesNoFile() throws Exception {
        List<Figure> pages = pack.pages(lesson, Paper.A4.page(false), new PackWords(Messages.of(Language.EN)));
        Path file = folder.resolve("cancelled.pdf");
        ExportProgress cancelAfterThreePages = new ExportProgress() {
            private double done;

            @Override
            public void worked(double fraction) {
                done = fraction;
            }

            @Override
            public boolean cancelled() {
                return done >= 3.0 / pages.size();
            }
        };
        assertThatThrownBy(() -> PdfPackWriter.export(pages, "x", pack.pagePainter(), file, cancelAfterThreePages))
                .isInstanceOf(CancellationException.class);
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }
}
