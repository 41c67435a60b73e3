// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.hinterlandatlas.data.Atlas;
import org.hinterlandatlas.data.AtlasLoader;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.StyleLoader;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.render.FontSet;
import org.hinterlandatlas.style.MapStyle;

/** The shipped atlas, style and fonts, loaded and checked as the window does. */
record CliData(Atlas atlas, MapStyle style, FontSet fonts) {

    /** The shipped data, when {@link #startLoadingShipped} began loading it before the arguments were parsed. */
    private static volatile CompletableFuture<CliData> shipped;

    /**
     * Starts loading the shipped data on a second thread, for a command that will need it, before its
     * arguments are read: the command's own checks, or picocli's set-up when the arguments are not plain
     * (0.1–0.25 s in a fresh JVM), and loading then overlap on the two cores of a school laptop. Nothing is
     * started for a command with its own {@code --data-dir} or for help.
     */
    static void startLoadingShipped(String[] args) {
        boolean needsShipped = args.length > 0 && (args[0].equals("export") || args[0].equals("list-views"))
                && Arrays.stream(args).noneMatch(a -> a.startsWith("--data-dir") || a.equals("-h")
                        || a.equals("--help") || a.equals("-V") || a.equals("--version"));
        if (needsShipped) {
            shipped = CompletableFuture.supplyAsync(() -> {
                try {
                    return loadNow(new ClasspathDataFiles());
                } catch (DataException e) {
                    throw new CompletionException(e);
                }
            }, CliData::onNewThread);
        }
    }

    static CliData load(DataFiles files) throws DataException {
        CompletableFuture<CliData> started = shipped;
        if (started == null || !(files instanceof ClasspathDataFiles)) {
            return loadNow(files);
        }
        return join(started);
    }

    /**
     * Loads the fonts and the style on threads of their own while the atlas is read: a command is a fresh
     * JVM, and the three together are most of its time before the figure is painted. A problem of the
     * style is reported before one of the atlas, as when they were read one after the other.
     */
    private static CliData loadNow(DataFiles files) throws DataException {
        CompletableFuture<FontSet> fonts = CompletableFuture.supplyAsync(FontSet::bundled, CliData::onNewThread);
        CompletableFuture<MapStyle> style = CompletableFuture.supplyAsync(() -> {
            try {
                return new StyleLoader(files, StyleLoader.DEFAULT_STYLE).load();
            } catch (DataException e) {
                throw new CompletionException(e);
            }
        }, CliData::onNewThread);
        Atlas atlas;
        try {
            atlas = AtlasLoader.loadForUse(files);
        } catch (DataException e) {
            join(style);
            throw e;
        }
        return new CliData(atlas, join(style), fonts.join());
    }

    private static <T> T join(CompletableFuture<T> future) throws DataException {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof DataException problem) {
                throw problem;
            }
            throw e;
        }
    }

    /** A thread of its own (the common pool has one thread on two cores, and these tasks wait on each other). */
    private static void onNewThread(Runnable task) {
        Thread thread = new Thread(task, "cli-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The one message of a data problem, in both languages: file, entry and problem. */
    static String describe(DataException e) {
        return UsageError.both(e.describe(Language.ZH), e.describe(Language.EN));
    }
}
