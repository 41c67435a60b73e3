// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.crash;

import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureWords;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.figure.io.AtomicFile;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.GeoPoint;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.model.MapState;
import org.hinterlandatlas.ui.classroom.lesson.LessonAutosave;
import org.hinterlandatlas.ui.classroom.lesson.LessonStore;
import org.hinterlandatlas.words.Messages;

/**
 * The process {@link CrashSafetyTest} kills: writes version after version of one file through the atlas's
 * own code — the lesson autosave, a lesson save, or a figure export — and before each step says where it
 * is on standard output ({@code begin 3}, {@code bytes 3 65536}, {@code step 3 0.6}, {@code done 3}), then
 * waits for a line on
 * standard input. So the test can kill it at a point it chooses by count, and at once after letting it go
 * on, without waiting on any clock.
 * <pre>{@code java CrashChild autosave|save|export-png|export-pdf|export-svg <file> <first version>}</pre>
 */
public final class CrashChild {

    private static final PrintStream SIGNALS = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final BufferedReader GO = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    private CrashChild() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        Path file = Path.of(args[1]);
        int version = Integer.parseInt(args[2]);
        Writer writer = writer(mode, file);
        signal("ready");
        while (true) {
            signal("begin " + version);
            writer.write(version);
            signal("done " + version);
            version++;
        }
    }

    /** Writes one version of the file. */
    @FunctionalInterface
    interface Writer {
        void write(int version) throws Exception;
    }

    private static Writer writer(String mode, Path file) {
        // this process only writes lessons, which needs no content: reading them back, with the content's
        // checks, is the test's part (and loading the content would double the time of each run)
        LessonStore store = new LessonStore(new LessonFiles(null));
        return switch (mode) {
            case "autosave" -> {
                // the delay elapses at once: the copy is written on this thread, as the atlas's scheduler would
                LessonAutosave autosave = new LessonAutosave(store, file, (Duration delay, Runnable task) -> {
                    task.run();
                    return () -> { };
                });
                yield version -> autosave.changed(lesson(version), Optional.of(Path.of("week.hlesson")));
            }
            // a save as LessonStore makes it, with a signal every 64 KiB of the lesson, so that a kill can
            // fall in the middle of the content at a chosen point
            case "save" -> version -> AtomicFile.write(file, out -> LessonFiles.write(lesson(version),
                    new Signalling(version).counting(out)));
            default -> {
                FigureFormat format = FigureFormat.valueOf(mode.substring("export-".length()).toUpperCase());
                PagePainter painter = Figures.pagePainter();
                yield version -> FigureFiles.export(figure(format, version), painter, file, new Signalling(version));
            }
        };
    }

    /** A lesson of some size, so that its write takes a while: a hundred steps of ink, titled by its version. */
    static Lesson lesson(int version) {
        MapState circle = new MapState("circle", new Bilingual("成渝地区", "Chengdu–Chongqing"), new GeoPoint(103, 28.5),
                new GeoPoint(108.5, 32.5), Set.of(MapLayerId.NODES, MapLayerId.CIRCLE), Set.of());
        List<GeoPoint> line = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            line.add(new GeoPoint(104 + i * 0.01, 30 + (i % 7) * 0.01));
        }
        List<LessonStep> steps = new ArrayList<>();
        for (int s = 0; s < 100; s++) {
            steps.add(new LessonStep("step-" + s, circle, Optional.empty(),
                    List.of(new Annotation.Stroke(Annotation.Stroke.Kind.PEN, "#d62728", 4, line)),
                    new Bilingual("第 " + s + " 步", "Step " + s), new Bilingual("", ""), List.of()));
        }
        return new Lesson(title(version), steps);
    }

    static Bilingual title(int version) {
        return new Bilingual("版本 " + version, "version " + version);
    }

    static Figure figure(FigureFormat format, int version) {
        MapState state = Figures.state("circle");
        FigureSpec spec = new FigureSpec(Paper.A4.page(true), 72, format, Language.EN, title(version).en(),
                EnumSet.allOf(Furniture.class));
        return Figures.composer().compose(spec, state, FigureWords.of(Messages.of(Language.EN)));
    }

    /** Says each step of an export or each 64 KiB of a lesson written, and waits to be let go on. */
    private record Signalling(int version) implements ExportProgress {
        @Override
        public void worked(double fraction) {
            signal("step " + version + " " + fraction);
        }

        OutputStream counting(OutputStream out) {
            return new FilterOutputStream(out) {
                private long written;

                @Override
                public void write(int b) throws IOException {
                    write(new byte[] {(byte) b}, 0, 1);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                    long before = written >> 16;
                    written += len;
                    if (written >> 16 != before) {
                        signal("bytes " + version + " " + written);
                    }
                }
            };
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    }

    private static void signal(String line) {
        SIGNALS.println(line);
        try {
            if (GO.readLine() == null) {
                // the test has gone: nothing more to write
                System.exit(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
