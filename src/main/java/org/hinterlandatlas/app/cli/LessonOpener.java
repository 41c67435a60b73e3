// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.nio.file.Path;
import org.hinterlandatlas.model.Lesson;

/** Opens a lesson file named on the command line; its problems are usage errors naming the file. */
@FunctionalInterface
interface LessonOpener {

    /** Until the lesson file format can be read here, a file is refused with a message saying so. */
    LessonOpener NONE = file -> {
        throw new UsageError("cli.lessonFileUnreadable", String.valueOf(file));
    };

    Lesson open(Path file) throws UsageError;
}
