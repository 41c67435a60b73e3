// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.data.LessonRead;
import org.hinterlandatlas.figure.io.AtomicFile;
import org.hinterlandatlas.model.Lesson;

/** Opens lesson files and saves them whole: a file on disk is the old lesson or the new one, never half. */
public final class LessonStore {

    private final LessonFiles files;

    public LessonStore(LessonFiles files) {
        this.files = files;
    }

    /** Opens a lesson; what a save killed mid-way left beside it is removed on the way. */
    public LessonRead open(Path file) throws DataException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            AtomicFile.removeStale(folder);
        }
        return files.read(file);
    }

    public void save(Lesson lesson, Path file) throws IOException {
        save(lesson, Optional.empty(), file);
    }

    /** Saves a recovery copy, which remembers the lesson file it was edited from. */
    public void save(Lesson lesson, Optional<Path> origin, Path file) throws IOException {
        AtomicFile.write(file, out -> LessonFiles.write(lesson, origin.map(Path::toString), out));
    }

    /** Adds the lesson extension to a name a teacher typed without it. */
    public static Path withExtension(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(LessonFiles.EXTENSION) ? file : file.resolveSibling(name + LessonFiles.EXTENSION);
    }
}
