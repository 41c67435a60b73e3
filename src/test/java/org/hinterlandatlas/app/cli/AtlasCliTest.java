// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line as a script uses it: exit codes, messages on the error stream, files or no files. */
class AtlasCliTest {

    @TempDir
    Path folder;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine commandLine = AtlasCli.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute(args);
    }

    @Test
    void subcommandsAreToldApartFromWindowOptions() {
        assertTrue(AtlasCli.isCommand(new String[] {"export", "--view", "circle"}));
        assertTrue(AtlasCli.isCommand(new String[] {"list-views"}));
        assertFalse(AtlasCli.isCommand(new String[] {"--lang=en", "--view=circle"}));
        assertFalse(AtlasCli.isCommand(new String[0]));
    }

    @Test
    void listViewsPrintsEveryExportableStateById() {
        assertEquals(0, run("list-views"));
        for (MapState state : ShippedAtlas.atlas().content().mapStates()) {
            assertTrue(out.toString().contains(state.id() + "\t" + state.title().zh() + "\t" + state.title().en()),
                    out.toString());
        }
    }

    @Test
    void exportWritesTheFigureWithItsView() throws Exception {
        Path file = folder.resolve("circle.pdf");
        int exit = run("export", "--view", "circle", "--format", "pdf", "--paper", "A4", "--landscape", "--lang",
                "en", "--out", file.toString());
        assertEquals(0, exit, err.toString());
        assertEquals("", err.toString());
        FigureState state = FigureFiles.readState(file);
        assertEquals("circle", state.map().id());
        assertEquals(Language.EN, state.language());
        assertEquals("Circle scale", state.figureTitle());
        assertTrue(out.toString().contains("297 x 210 mm"), out.toString());
    }

    @Test
    void asLaunchedTheShippedDataLoadsWhileTheArgumentsAreParsed() throws Exception {
        Path file = folder.resolve("national.svg");
        assertEquals(0, AtlasCli.run(new String[] {"export", "--view", "national", "--lang", "en", "--out",
                file.toString()}));
        assertEquals("national", FigureFiles.readState(file).map().id());
    }

    @Test
    void theFormatFollowsTheFileNameAndPngHasThePaperTimesDpiSize() {
        Path file = folder.resolve("slide.png");
        assertEquals(0, run("export", "--view", "national", "--paper", "16:9", "--dpi", "72", "--out", file.toString()),
                err.toString());
        assertTrue(out.toString().contains("960 x 540 px"), out.toString());
    }

    @Test
    void anUnknownViewExitsWith2AndListsTheValidIds() {
        Path file = folder.resolve("x.pdf");
        assertEquals(2, run("export", "--view", "atlantis", "--out", file.toString()));
        String message = err.toString();
        assertTrue(message.contains("atlantis"), message);
        for (MapState state : ShippedAtlas.atlas().content().mapStates()) {
            assertTrue(message.contains(state.id()), "lists " + state.id() + ": " + message);
        }
        assertTrue(message.contains("未知的视图") && message.contains("unknown view"), message);
        assertNoFiles();
    }

    @Test
    void badArgumentsGiveAMessageAndANonZeroExit() {
        String out = folder.resolve("x.png").toString();
        List<String[]> cases = List.of(
                new String[] {"export", "--view", "circle", "--format", "gif", "--out", out},
                new String[] {"export", "--view", "circle", "--paper", "letter", "--out", out},
                new String[] {"export", "--view", "circle", "--dpi", "71", "--out", out},
                new String[] {"export", "--view", "circle", "--dpi", "1201", "--out", out},
                new String[] {"export", "--view", "circle", "--paper", "custom", "--width-mm", "20", "--height-mm",
                    "100", "--out", out},
                new String[] {"export", "--view", "circle", "--lang", "fr", "--out", out},
                new String[] {"export", "--view", "circle", "--out", folder.resolve("x.jpg").toString()});
        List<String> expected = List.of("gif", "letter", "71", "1201", "50", "fr", "--format");
        for (int i = 0; i < cases.size(); i++) {
            err.getBuffer().setLength(0);
            int exit = run(cases.get(i));
            assertEquals(AtlasCli.USAGE, exit, String.join(" ", cases.get(i)));
            assertTrue(err.toString().contains(expected.get(i)), err.toString());
            assertTrue(err.toString().startsWith("错误"), "a message, not a stack trace: " + err);
            assertFalse(err.toString().contains("\tat "), err.toString());
        }
        assertNoFiles();
    }

    @Test
    void aMissingOrUnusableFolderFailsWithoutLeavingAFile() throws IOException {
        assertEquals(AtlasCli.FAILED, run("export", "--view", "circle", "--out",
                folder.resolve("missing").resolve("circle.svg").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        err.getBuffer().setLength(0);
        assertEquals(AtlasCli.FAILED, run("export", "--view", "circle", "--out",
                notAFolder.resolve("circle.svg").toString()));
        assertTrue(err.toString().contains("is not a folder"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals(List.of(notAFolder), files());
    }

    @Test
    void brokenDataInADataFolderIsNamedAndNothingIsWritten() throws IOException {
        // given a copy of the shipped data in which views.json is malformed
        Path data = Files.createDirectory(folder.resolve("data"));
        Path classes = Path.of("target", "classes");
        for (String part : List.of("content", "geodata", "styles")) {
            copyTree(classes.resolve(part), data.resolve(part));
        }
        Files.writeString(data.resolve("content/views.json"), "{ \"views\": [ { \"id\": ");
        Path target = folder.resolve("circle.pdf");
        // when exporting from it, then the command names the file in both languages and writes nothing
        assertEquals(AtlasCli.FAILED, run("export", "--data-dir", data.toString(), "--view", "circle", "--out",
                target.toString()));
        assertTrue(err.toString().contains("content/views.json"), err.toString());
        assertTrue(err.toString().startsWith("错误：") && err.toString().contains("Error: "), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertFalse(Files.exists(target));
        // and the same folder, repaired, lists its views
        Files.copy(classes.resolve("content/views.json"), data.resolve("content/views.json"),
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, run("list-views", "--data-dir", data.toString()), err.toString());
        assertTrue(out.toString().contains("circle\t"), out.toString());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }

    private void assertNoFiles() {
        assertEquals(List.of(), files());
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return new ArrayList<>(list.toList());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
