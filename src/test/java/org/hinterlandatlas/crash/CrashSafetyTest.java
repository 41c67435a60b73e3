// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.figure.io.AtomicFile;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.support.ShippedAtlas;
import org.hinterlandatlas.ui.classroom.lesson.LessonAutosave;
import org.hinterlandatlas.ui.classroom.lesson.LessonStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at chosen moments during the lesson autosave, a lesson save and figure exports (PNG, PDF,
 * SVG): after each kill the file on disk is the old complete version or the new complete version, and the
 * next start — the atlas offering its recovery copy, opening the lesson, or exporting into the folder again —
 * leaves no temporary file. Each run is a child JVM ({@link CrashChild}) killed after a seeded number of its
 * own signals, either while it waits at that signal or at once after being let go on; nothing waits on a
 * clock, and every kill point must pass. {@code crash.kills} (50) and {@code crash.seed} (14) set the run.
 */
class CrashSafetyTest {

    /** Five kills: the autosave twice, a save twice, an export in PNG, PDF and SVG by turns. */
    private static final String[] FORMATS = {"png", "pdf", "svg"};
    /** Signals of one child to choose a kill among: an autosave says 2 a version, an export 4, a save 20. */
    private static final int MAX_SIGNAL = 24;

    @TempDir
    Path root;

    private final LessonStore store = new LessonStore(new LessonFiles(ShippedAtlas.atlas().content()));
    private final Map<String, Integer> onDisk = new HashMap<>();
    private final Map<String, Integer> outcomes = new HashMap<>();

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES) // a safety net for a child that hangs, not a wait
    void everyKillLeavesTheOldOrTheNewFileAndTheNextStartLeavesNoTemporaryFile() throws Exception {
        int kills = Integer.getInteger("crash.kills", 50);
        Random random = new Random(Long.getLong("crash.seed", 14));
        for (int i = 0; i < kills; i++) {
            String mode = switch (i % 5) {
                case 0, 3 -> "autosave";
                case 1, 4 -> "save";
                default -> "export-" + FORMATS[(i / 5) % FORMATS.length];
            };
            Path folder = Files.createDirectories(root.resolve(mode));
            Path file = folder.resolve(mode.startsWith("export-") ? "figure." + mode.substring(7)
                    : mode.equals("autosave") ? "recovery.hlesson" : "week.hlesson");
            Versions versions = runAndKill(mode, file, onDisk.getOrDefault(mode, 0) + 1, random);
            int found = versionOnDisk(mode, file, versions);
            onDisk.put(mode, found);
            assertEquals(found == 0 ? List.of() : List.of(file.getFileName().toString()), names(folder),
                    "after the next start only the " + mode + " file is left in its folder (kill " + i + ")");
        }
        System.out.println("crash safety: " + kills + " kills -9; " + outcomes);
    }

    /** The last version the child finished and the one it was writing when it was killed. */
    private record Versions(int finished, int writing) {
    }

    private Versions runAndKill(String mode, Path file, int first, Random random) throws Exception {
        int killAt = 1 + random.nextInt(MAX_SIGNAL);
        boolean letGo = random.nextBoolean();
        Path errors = root.resolve("child-errors.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Xmx512m", "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC", "-Djava.awt.headless=true", CrashChild.class.getName(), mode, file.toString(),
                String.valueOf(first))
                .redirectError(errors.toFile()).start();
        int finished = first - 1;
        int writing = first - 1;
        try (BufferedReader signals = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
             Writer go = new OutputStreamWriter(child.getOutputStream(), StandardCharsets.UTF_8)) {
            int count = 0;
            for (String signal = signals.readLine(); ; signal = signals.readLine()) {
                if (signal == null) {
                    fail("the " + mode + " child ended by itself: " + Files.readString(errors));
                }
                if (signal.startsWith("begin ")) {
                    writing = Integer.parseInt(signal.substring(6));
                } else if (signal.startsWith("done ")) {
                    finished = Integer.parseInt(signal.substring(5));
                }
                boolean kill = !signal.equals("ready") && ++count == killAt;
                if (!kill || letGo) {
                    go.write("go\n");
                    go.flush();
                }
                if (kill) {
                    child.destroyForcibly();
                    child.waitFor();
                    break;
                }
            }
        } catch (IOException e) {
            // the pipe broke as the child died
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
        return new Versions(finished, writing);
    }

    /**
     * Checks the file the kill left, through the next start: the version before or the one being written,
     * whole. Returns the version found (0: none was ever written).
     */
    private int versionOnDisk(String mode, Path file, Versions versions) throws Exception {
        int before = Math.max(versions.finished(), onDisk.getOrDefault(mode, 0));
        if (names(file.getParent()).stream().anyMatch(name -> name.startsWith(".hatlas-"))) {
            count("temporary file left by the kill");
        }
        Optional<String> title = switch (mode) {
            case "autosave" -> new LessonAutosave(store, file, (delay, task) -> () -> { }).recoverable()
                    .map(read -> completeLesson(read));
            case "save" -> Files.exists(file) ? Optional.of(completeLesson(store.open(file))) : Optional.empty();
            default -> {
                AtomicFile.removeStale(file.getParent()); // what the next export into the folder does first
                yield Files.exists(file) ? Optional.of(completeFigure(mode, file)) : Optional.empty();
            }
        };
        if (title.isEmpty()) {
            assertEquals(0, before, mode + ": version " + before + " was on disk and is gone");
            count("no file yet");
            return 0;
        }
        int found = Integer.parseInt(title.get().substring("version ".length()));
        assertTrue(found == before || found == versions.writing(), mode + ": version " + found + " on disk, but "
                + before + " was finished and " + versions.writing() + " being written");
        count(versions.writing() == before ? "killed between writes: the last version whole"
                : found == before ? "killed mid-write: the old version whole" : "killed mid-write: the new version whole");
        return found;
    }

    private static String completeLesson(LessonRead read) {
        assertTrue(read.complete(), read.describe(Language.EN));
        assertEquals(100, read.lesson().steps().size());
        return read.lesson().title().en();
    }

    /** The whole file decodes, not only its view record. */
    private static String completeFigure(String mode, Path file) throws Exception {
        switch (mode) {
            case "export-png" -> {
                BufferedImage image = ImageIO.read(file.toFile());
                assertNotNull(image, "a whole PNG");
                assertEquals(842, image.getWidth());
            }
            case "export-pdf" -> {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    assertEquals(1, pdf.getNumberOfPages());
                }
            }
            default -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        }
        return FigureFiles.readState(file).figureTitle();
    }

    private void count(String outcome) {
        outcomes.merge(outcome, 1, Integer::sum);
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> list = Files.list(folder)) {
            List<String> names = new ArrayList<>(list.map(p -> p.getFileName().toString()).toList());
            names.sort(null);
            return names;
        }
    }
}
