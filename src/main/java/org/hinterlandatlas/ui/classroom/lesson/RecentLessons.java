// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.prefs.Preferences;

/** The lesson files opened or saved last, newest first, kept in the user's preferences. */
public final class RecentLessons {

    public static final int LIMIT = 8;
    private static final String KEY = "recent";

    private final Preferences node;

    public RecentLessons(Preferences node) {
        this.node = node;
    }

    public static RecentLessons forThisUser() {
        return new RecentLessons(Preferences.userRoot().node("org/hinterlandatlas/lessons"));
    }

    public List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (String line : node.get(KEY, "").split("\n")) {
            if (!line.isBlank()) {
                files.add(Path.of(line));
            }
        }
        return files;
    }

    /** Puts the file first, once. */
    public void used(Path file) {
        List<Path> files = new ArrayList<>(files());
        Path absolute = file.toAbsolutePath();
        files.remove(absolute);
        files.add(0, absolute);
        List<String> lines = files.stream().limit(LIMIT).map(Path::toString).toList();
        node.put(KEY, String.join("\n", lines));
    }

    public void forget(Path file) {
        List<Path> files = new ArrayList<>(files());
        files.remove(file.toAbsolutePath());
        node.put(KEY, String.join("\n", files.stream().map(Path::toString).toList()));
    }

    /** File ▸ Open Recent Lesson ▸ Clear: the list is empty until a lesson is opened or saved again. */
    public void clear() {
        node.remove(KEY);
    }
}
