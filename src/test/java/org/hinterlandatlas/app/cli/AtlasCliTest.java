// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

/** The command line as a script uses it: exit codes, messages on the error stream, files or no files. */
class AtlasCliTest {

    @TempDir
    Path folder;

    private final CapturedCommandLine cli = new CapturedCommandLine();

    @Test
    void subcommandsAreToldApartFromWindowOptions() {
        assertTrue(AtlasCli.isCommand(new String[] {"export", "--view", "circle"}));
        assertTrue(AtlasCli.isCommand(new String[] {"list-views"}));
        assertFalse(AtlasCli.isCommand(new String[] {"--lang=en", "--view=circle"}));
        assertFalse(AtlasCli.isCommand(new String[0]));
    }

    @Test
    void listViewsPrintsEveryExportableStateById() {
        assertEquals(0, cli.run("list-views"));
        for (MapState state : ShippedAtlas.atlas().content().mapStates()) {
            assertTrue(cli.out().contains(state.id() + "\t" + state.title().zh() + "\t" + state.title().en()),
                    cli.out());
        }
    }

    @Test
    void exportWritesTheFigureWithItsView() throws Exception {
        Path file = folder.resolve("circle.pdf");
        int exit = cli.run("export", "--view", "circle", "--format", "pdf", "--paper", "A4", "--landscape", "--lang",
                "en", "--out", file.toString());
        assertEquals(0, exit, cli.err());
        assertEquals("", cli.err());
        FigureState state = FigureFiles.readState(file);
        assertEquals("circle", state.map().id());
        assertEquals(Language.EN, state.language());
        assertEquals("Circle scale", state.figureTitle());
        assertTrue(cli.out().contains("297 x 210 mm"), cli.out());
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
        assertEquals(0, cli.run("export", "--view", "national", "--paper", "16:9", "--dpi", "72", "--out", file.toString()),
                cli.err());
        assertTrue(cli.out().contains("960 x 540 px"), cli.out());
    }

    @Test
    void anUnknownViewExitsWith2AndListsTheValidIds() {
        Path file = folder.resolve("x.pdf");
        assertEquals(2, cli.run("export", "--view", "atlantis", "--out", file.toString()));
        String message = cli.err();
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
                new String[] {"export", "--view", "circle", "--dpi", "2401", "--out", out},
                new String[] {"export", "--view", "circle", "--paper", "custom", "--width-mm", "20", "--height-mm",
                    "100", "--out", out},
                new String[] {"export", "--view", "circle", "--lang", "fr", "--out", out},
                new String[] {"export", "--view", "circle", "--out", folder.resolve("x.jpg").toString()});
        List<String> expected = List.of("gif", "letter", "71", "2401", "50", "fr", "--format");
        for (int i = 0; i < cases.size(); i++) {
            cli.forgetOutput();
            int exit = cli.run(cases.get(i));
            assertEquals(AtlasCli.USAGE, exit, String.join(" ", cases.get(i)));
            assertTrue(cli.err().contains(expected.get(i)), cli.err());
            assertTrue(cli.err().startsWith("错误"), "a message, not a stack trace: " + cli.err());
            assertFalse(cli.err().contains("\tat "), cli.err());
        }
        assertNoFiles();
    }

    @Test
    void aMissingOrUnusableFolderFailsWithoutLeavingAFile() throws IOException {
        assertEquals(AtlasCli.FAILED, cli.run("export", "--view", "circle", "--out",
                folder.resolve("missing").resolve("circle.svg").toString()));
        assertTrue(cli.err().contains("does not exist"), cli.err());
        Path notAFolder = Files.writeString(folder.resolve("plain-file"), "x");
        cli.forgetOutput();
        assertEquals(AtlasCli.FAILED, cli.run("export", "--view", "circle", "--out",
                notAFolder.resolve("circle.svg").toString()));
        assertTrue(cli.err().contains("is not a folder"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
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
        assertEquals(AtlasCli.FAILED, cli.run("export", "--data-dir", data.toString(), "--view", "circle", "--out",
                target.toString()));
        assertTrue(cli.err().contains("content/views.json"), cli.err());
        assertTrue(cli.err().startsWith("错误：") && cli.err().contains("Error: "), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
        assertFalse(Files.exists(target));
        // and the same folder, repaired, lists its views
        Files.copy(classes.resolve("content/views.json"), data.resolve("content/views.json"),
                StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, cli.run("list-views", "--data-dir", data.toString()), cli.err());
        assertTrue(cli.out().contains("circle\t"), cli.out());
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
