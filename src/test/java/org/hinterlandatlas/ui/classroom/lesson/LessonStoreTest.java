// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hinterlandatlas.data.LessonFiles;
import org.hinterlandatlas.figure.io.WriteProblem;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Lesson;
import org.hinterlandatlas.support.ShippedAtlas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save As over a pipe is refused with a message naming it; a link is saved through; a killed save is cleaned. */
class LessonStoreTest {

    private final AtlasContent content = ShippedAtlas.atlas().content();
    private final LessonStore store = new LessonStore(new LessonFiles(content));
    private final Lesson lesson = new Lesson(new Bilingual("第三周", "Week 3"), List.of());

    @TempDir
    Path folder;

    @Test
    void savingOverAPipeIsRefusedInBothLanguagesNamingIt() throws Exception {
        Path fifo = folder.resolve("week.hlesson");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        IOException e = assertThrows(IOException.class, () -> store.save(lesson, fifo));
        Bilingual problem = WriteProblem.of(e);
        assertTrue(problem.en().contains(fifo.toString()) && problem.en().contains("named pipe"), problem.en());
        assertTrue(problem.zh().contains("命名管道"), problem.zh());
        assertFalse(Files.isRegularFile(fifo));
    }

    @Test
    void savingThroughALinkWritesTheLinkedLesson() throws Exception {
        Path real = Files.createDirectory(folder.resolve("synced")).resolve("week.hlesson");
        Path link = Files.createSymbolicLink(folder.resolve("week.hlesson"), real);
        store.save(lesson, link);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("Week 3", store.open(real).lesson().title().en());
    }

    @Test
    void openingALessonRemovesWhatAKilledSaveLeftBesideIt() throws Exception {
        Path file = folder.resolve("week.hlesson");
        store.save(lesson, file);
        Path left = Files.write(folder.resolve(".hatlas-killed.part"), new byte[1000]);
        store.open(file);
        assertFalse(Files.exists(left));
    }
}
