// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintPackCliTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    @Test
    void theDefaultLessonExportsAsOnePdfWithAPagePerStep() throws Exception {
        Path file = folder.resolve("pack.pdf");
        int exit = cli.run("export", "--lesson", "default", "--format", "pdf", "--paper", "A4", "--out", file.toString());
        assertThat(exit).as(cli.err()).isZero();
        int steps = new LessonFiles(ShippedAtlas.atlas().content()).readDefault(new ClasspathDataFiles()).lesson()
                .steps().size();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(steps + 3);
        }
        assertThat(cli.out()).contains((steps + 3) + " pages").contains("210 x 297 mm");
    }

    @Test
    void aViewAndALessonTogetherOrNeitherIsAUsageError() {
        Path file = folder.resolve("pack.pdf");
        assertThat(cli.run("export", "--lesson", "default", "--view", "circle", "--out", file.toString()))
                .isEqualTo(AtlasCli.USAGE);
        assertThat(cli.run("export", "--out", file.toString())).isEqualTo(AtlasCli.USAGE);
        assertThat(cli.err()).contains("--view").contains("--lesson").contains("错误");
        assertThat(file).doesNotExist();
    }

    @Test
    void aPackIsOnlyAPdfAndAnUnreadableLessonFileIsNamed() throws Exception {
        assertThat(cli.run("export", "--lesson", "default", "--format", "svg", "--out", folder.resolve("p.svg").toString()))
                .isEqualTo(AtlasCli.USAGE);
        assertThat(cli.err()).contains("\"svg\"").contains("--format pdf");
        Path lesson = folder.resolve("class.hlesson");
        Files.writeString(lesson, "{}");
        assertThat(cli.run("export", "--lesson", lesson.toString(), "--out", folder.resolve("p.pdf").toString()))
                .isEqualTo(AtlasCli.FAILED);
        assertThat(cli.err()).contains(lesson.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).containsExactly(lesson);
        }
    }

    @Test
    void aLessonFileWithABadStepExportsItsValidStepsAndNamesTheStep() throws Exception {
        String text;
        try (var in = PrintPackCliTest.class.getResourceAsStream("/" + LessonFiles.DEFAULT_LESSON)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Path lesson = folder.resolve("class.hlesson");
        Files.writeString(lesson, text.replaceFirst("\"state\": \"definition\"", "\"state\": \"no-such-view\""));
        Path file = folder.resolve("pack.pdf");
        int exit = cli.run("export", "--lesson", lesson.toString(), "--format", "pdf", "--out", file.toString());
        assertThat(exit).as(cli.err()).isZero();
        assertThat(cli.err()).contains(lesson.toString()).contains("no-such-view");
        int steps = new LessonFiles(ShippedAtlas.atlas().content()).readDefault(new ClasspathDataFiles()).lesson()
                .steps().size();
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            assertThat(document.getNumberOfPages()).isEqualTo(steps - 1 + 3);
        }
    }
}
