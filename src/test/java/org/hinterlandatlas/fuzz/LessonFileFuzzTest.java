// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;

/**
 * Lesson files, mutated: each input opens (whole or with its problems told) or is refused with a
 * {@link DataException} naming the file in both languages — and its message can be shown.
 */
class LessonFileFuzzTest {

    private final LessonFiles files = new LessonFiles(ShippedAtlas.atlas().content());

    @Test
    void everyMutatedLessonOpensOrIsRefusedClearly() throws IOException {
        FuzzRun.Report report = FuzzRun.of("lesson", DataException.class, input -> {
            LessonRead read = files.read("fuzz.hlesson", input);
            // the message a teacher sees is part of opening: it must be made without failing
            read.describe(Language.ZH);
            read.describe(Language.EN);
        }).clearWhen(e -> e instanceof DataException d && d.file().equals("fuzz.hlesson")
                && !d.problem().zh().isBlank() && !d.problem().en().isBlank()
                && !d.problem().en().contains("Duplicate field") && !d.problem().en().contains("StreamReadConstraints"))
                .run(shipped(), inked());
        assertEquals(report.inputs(), report.loaded() + report.refused());
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = new ClasspathDataFiles().open(LessonFiles.DEFAULT_LESSON)) {
            return in.readAllBytes();
        }
    }

    /** A teacher's lesson: edited view, every kind of ink, a citation and a recovery origin. */
    private static byte[] inked() throws IOException {
        MapState circle = ShippedAtlas.atlas().content().mapState("circle").orElseThrow();
        List<Annotation> ink = List.of(
                new Annotation.Stroke(Annotation.Stroke.Kind.PEN, "#d62728", 4,
                        List.of(new GeoPoint(104.06, 30.67), new GeoPoint(105, 30.1), new GeoPoint(106.55, 29.56))),
                new Annotation.Line(true, "#1f77b4", 2, new GeoPoint(104, 30.6), new GeoPoint(106.5, 29.5)),
                new Annotation.Text("#222222", 20, new GeoPoint(105.2, 30.4), "成渝中线"));
        Lesson lesson = new Lesson(new Bilingual("第三周", "Week 3"), List.of(
                new LessonStep("one", circle, Optional.of("phase-third-front"), ink, new Bilingual("两个中心", "Two centres"),
                        new Bilingual("先指成都。", "Point at Chengdu first."), List.of(new Citation("gong-song-2024", "§二(一)"))),
                new LessonStep("two", circle, Optional.empty(), List.of(), new Bilingual("", ""),
                        new Bilingual("", ""), List.of())));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        LessonFiles.write(lesson, Optional.of("/home/teacher/week3.hlesson"), out);
        return out.toByteArray();
    }
}
