// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.FeatureRef;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LessonFilesTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final LessonFiles files = new LessonFiles(content);

    @Test
    void aLessonWithEveryKindOfAnnotationComesBackAsItWasWritten() throws Exception {
        Lesson lesson = sampleLesson();
        LessonRead read = files.read("sample.hlesson", bytes(lesson));
        assertEquals(List.of(), read.problems());
        assertEquals(lesson, read.lesson());
        assertEquals(Optional.empty(), read.origin());
    }

    @Test
    void aRecoveryCopyKeepsTheFileItWasEditedFrom() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LessonFiles.write(sampleLesson(), Optional.of("/home/teacher/week3.hlesson"), out);
        LessonRead read = files.read("recovery.hlesson", out.toByteArray());
        assertEquals(Optional.of("/home/teacher/week3.hlesson"), read.origin());
        assertEquals(sampleLesson(), read.lesson());
    }

    @Test
    void aFileFromANewerSchemaIsRefusedWithAMessageSayingSo() throws Exception {
        String text = new String(bytes(sampleLesson()), StandardCharsets.UTF_8).replace("\"schema\" : 1", "\"schema\" : 2");
        DataException e = assertThrows(DataException.class,
                () -> files.read("new.hlesson", text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("new.hlesson", e.file());
        assertTrue(e.problem().en().contains("newer version"), e.getMessage());
        assertTrue(e.problem().zh().contains("较新版本"), e.getMessage());
    }

    @Test
    void aFileWithoutASchemaOrNotJsonAtAllIsRefused() {
        assertThrows(DataException.class, () -> files.read("a.hlesson", "{\"title\":{\"zh\":\"x\",\"en\":\"x\"}}".getBytes(StandardCharsets.UTF_8)));
        DataException notJson = assertThrows(DataException.class,
                () -> files.read("b.hlesson", "PK\u0003\u0004 not a lesson".getBytes(StandardCharsets.UTF_8)));
        assertEquals("b.hlesson", notJson.file());
        assertThrows(DataException.class, () -> files.read("c.hlesson", "[1, 2]".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileCutShortKeepsTheStepsBeforeTheCut() throws Exception {
        byte[] whole = bytes(sampleLesson());
        String text = new String(whole, StandardCharsets.UTF_8);
        // cut in the middle of the second step
        int cut = text.indexOf("\"id\" : \"second\"") + 20;
        LessonRead read = files.read("cut.hlesson", text.substring(0, cut).getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("first"), read.lesson().steps().stream().map(LessonStep::id).toList());
        assertEquals(1, read.problems().size());
        assertTrue(read.describe(Language.EN).startsWith("cut.hlesson: 1 problem"), read.describe(Language.EN));
        assertTrue(read.describe(Language.EN).contains("cut short"), read.describe(Language.EN));
        assertTrue(read.describe(Language.ZH).contains("不完整"), read.describe(Language.ZH));
    }

    @Test
    void aCorruptedFileOnDiskOpensWithOneMessageNamingIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("corrupt.hlesson");
        byte[] whole = bytes(sampleLesson());
        whole[whole.length / 2] = '}';
        whole[whole.length / 2 + 1] = '{';
        Files.write(file, whole);
        LessonRead read = files.read(file);
        assertTrue(read.lesson().steps().size() < 2);
        assertEquals(1, read.problems().size());
        assertTrue(read.describe(Language.EN).startsWith(file.toString() + ":"), read.describe(Language.EN));
    }

    @Test
    void aTooLargeFileIsRefusedBeforeItIsRead(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("huge.hlesson");
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            channel.write(java.nio.ByteBuffer.wrap(new byte[] {' '}), LessonFiles.MAX_BYTES);
        }
        DataException e = assertThrows(DataException.class, () -> files.read(file));
        assertTrue(e.problem().en().contains("too large"), e.getMessage());
    }

    @Test
    void stepsNamingUnknownViewsItemsLayersOrFeaturesAreLeftOutAndTheRestKept() throws Exception {
        String text = new String(bytes(sampleLesson()), StandardCharsets.UTF_8);
        String steps = text.substring(text.indexOf("[", text.indexOf("\"steps\"")) + 1, text.lastIndexOf("]"));
        String first = steps.substring(0, steps.indexOf("\"id\" : \"second\"")).replaceFirst(",\\s*\\{\\s*$", "");
        String bad = first.replace("\"first\"", "\"%s\"");
        String lesson = "{\"schema\": 1, \"title\": {\"zh\": \"测试\", \"en\": \"Test\"}, \"steps\": ["
                + first + ","
                + bad.formatted("view").replace("\"state\" : \"circle\"", "\"state\" : \"atlantis\"") + ","
                + bad.formatted("item").replace("\"item\" : \"phase-third-front\"", "\"item\" : \"phase-moon\"") + ","
                + bad.formatted("layer").replace("\"nodes\"", "\"volcanoes\"") + ","
                + bad.formatted("feature").replace("\"place:chengdu\"", "\"place:atlantis\"") + ","
                + bad.formatted("first") + ","
                + bad.formatted("ink").replace("\"kind\" : \"arrow\"", "\"kind\" : \"laser\"") + ","
                + bad.formatted("cite").replace("\"gong-song-2024\"", "\"nobody-1999\"") + "]}";
        LessonRead read = files.read("refs.hlesson", lesson.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("first", "ink", "cite"), read.lesson().steps().stream().map(LessonStep::id).toList());
        LessonStep ink = read.lesson().steps().get(1);
        assertEquals(sampleLesson().steps().get(0).annotations().size() - 1, ink.annotations().size());
        assertEquals(List.of(), read.lesson().steps().get(2).citation());
        List<String> problems = read.problems().stream().map(p -> p.entry() + " " + p.problem().en()).toList();
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("view ") && problems.get(0).contains("unknown view \"atlantis\""), problems.toString());
        assertTrue(problems.get(1).contains("unknown story or evidence item \"phase-moon\""), problems.toString());
        assertTrue(problems.get(2).contains("unknown layer \"volcanoes\""), problems.toString());
        assertTrue(problems.get(3).contains("unknown feature \"place:atlantis\""), problems.toString());
        assertTrue(problems.get(4).contains("same id"), problems.toString());
        assertTrue(problems.get(5).startsWith("ink annotation"), problems.toString());
        assertTrue(problems.get(6).contains("nobody-1999"), problems.toString());
        String message = read.describe(Language.ZH);
        assertTrue(message.startsWith("refs.hlesson：有 7 处问题") && message.contains("步骤“view”："), message);
    }

    @Test
    void theShippedLessonLoadsCompleteAndEveryReferenceResolves() throws Exception {
        LessonRead read = files.readDefault(new ClasspathDataFiles());
        assertEquals(List.of(), read.problems(), read.describe(Language.EN));
        Lesson lesson = read.lesson();
        assertTrue(lesson.steps().size() >= 6, "steps: " + lesson.steps().size());
        for (LessonStep step : lesson.steps()) {
            assertTrue(content.mapState(step.map().id()).isPresent(), step.id());
            step.itemId().ifPresent(item -> assertTrue(content.mapState(item).isPresent(), step.id()));
            step.map().highlighted().forEach(ref -> assertTrue(content.nameOf(ref).isPresent(), step.id() + " " + ref));
            assertTrue(!step.citation().isEmpty(), step.id() + " has no citation");
            step.citation().forEach(c -> assertTrue(content.source(c.sourceId()).isPresent(), step.id() + " " + c));
            for (Bilingual text : List.of(step.caption(), step.notes())) {
                assertTrue(!text.zh().isBlank() && !text.en().isBlank(), step.id());
            }
        }
        // the paper's order: definition, history, today, evidence (Table 2), weak links, paths
        List<String> items = lesson.steps().stream().map(s -> s.map().id()).toList();
        assertTrue(items.indexOf("definition") < items.indexOf("phase-third-front"), items.toString());
        assertTrue(items.indexOf("phase-third-front") < items.indexOf("circle"), items.toString());
        assertTrue(items.indexOf("circle") < items.indexOf("evidence-table2"), items.toString());
        assertTrue(items.indexOf("evidence-table2") < items.indexOf("evidence-weak-polarised"), items.toString());
        assertTrue(items.indexOf("evidence-weak-polarised") < items.size() - 1, items.toString());
    }

    private static byte[] bytes(Lesson lesson) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LessonFiles.write(lesson, out);
        return out.toByteArray();
    }

    private Lesson sampleLesson() {
        MapState circle = content.mapState("circle").orElseThrow();
        MapState moved = new MapState("circle", new Bilingual("我的视图", "My view"), new GeoPoint(103.25, 29.5),
                new GeoPoint(107.125, 31.0625), Set.of(MapLayerId.PROVINCES, MapLayerId.NODES, MapLayerId.FLOWS),
                Set.of(new FeatureRef(FeatureRef.Kind.PLACE, "chengdu"), new FeatureRef(FeatureRef.Kind.PLACE, "chongqing")));
        List<Annotation> ink = List.of(
                new Annotation.Stroke(Annotation.Stroke.Kind.PEN, "#d62728", 3,
                        List.of(new GeoPoint(104.06, 30.67), new GeoPoint(105.0, 30.1), new GeoPoint(106.55, 29.56))),
                new Annotation.Stroke(Annotation.Stroke.Kind.HIGHLIGHTER, "#ffdd0080", 14,
                        List.of(new GeoPoint(104.5, 30.0), new GeoPoint(105.5, 29.8))),
                new Annotation.Line(true, "#1f77b4", 2.5, new GeoPoint(104.06, 30.67), new GeoPoint(106.55, 29.56)),
                new Annotation.Line(false, "#000000", 1, new GeoPoint(103.5, 29.0), new GeoPoint(104.0, 29.5)),
                new Annotation.Text("#222222", 18, new GeoPoint(105.2, 30.4), "成渝中线 “Chengdu–Chongqing”"));
        LessonStep first = new LessonStep("first", moved, Optional.of("phase-third-front"), ink,
                new Bilingual("两个中心", "Two centres"), new Bilingual("先指成都，再指重庆。", "Point at Chengdu, then Chongqing."),
                List.of(new Citation("gong-song-2024", "§二(一)")));
        LessonStep second = new LessonStep("second", circle, Optional.empty(), List.of(),
                new Bilingual("", ""), new Bilingual("", ""), List.of());
        return new Lesson(new Bilingual("第三周", "Week 3"), List.of(first, second));
    }
}
