// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only ordinary files are replaced: a FIFO or a device stays what it is, a symbolic link stays a link and
 * the file it names is written; a long legal name fits; and what a killed write left is cleaned up.
 */
class AtomicFileTargetsTest {

    @TempDir
    Path folder;

    @Test
    void aFifoIsRefusedAndStaysAFifo() throws Exception {
        Path fifo = fifo("figure.png");
        NotAFileException e = assertThrows(NotAFileException.class, () -> AtomicFile.write(fifo, out -> out.write(1)));
        assertEquals(NotAFileException.Kind.FIFO, e.kind());
        assertEquals("p", fileType(fifo));
    }

    @Test
    void anExportOverAFifoSaysSoInBothLanguagesNamingTheFile() throws Exception {
        Path fifo = fifo("circle.svg");
        FigureExportException e = assertThrows(FigureExportException.class, () -> FigureFiles.export(
                Figures.circle(FigureFormat.SVG, 72), Figures.pagePainter(), fifo, ExportProgress.NONE));
        assertTrue(e.problem().en().contains(fifo.toString()) && e.problem().en().contains("named pipe"),
                e.problem().en());
        assertTrue(e.problem().zh().contains("命名管道"), e.problem().zh());
        assertEquals("p", fileType(fifo));
    }

    @Test
    void aFolderIsRefused() throws IOException {
        Path sub = Files.createDirectory(folder.resolve("lesson.hlesson"));
        NotAFileException e = assertThrows(NotAFileException.class, () -> AtomicFile.write(sub, out -> out.write(1)));
        assertEquals(NotAFileException.Kind.FOLDER, e.kind());
        assertTrue(Files.isDirectory(sub));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink() throws IOException {
        Path elsewhere = Files.createDirectory(folder.resolve("elsewhere"));
        Path real = Files.writeString(elsewhere.resolve("real.hlesson"), "old");
        Path link = Files.createSymbolicLink(folder.resolve("lesson.hlesson"), Path.of("elsewhere", "real.hlesson"));
        AtomicFile.write(link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
        assertEquals(List.of(), temps(elsewhere));
        assertEquals(List.of(), temps(folder));
    }

    @Test
    void aLinkToNothingYetWritesTheFileItNames() throws IOException {
        Path link = Files.createSymbolicLink(folder.resolve("figure.pdf"), folder.resolve("named.pdf"));
        AtomicFile.write(link, out -> out.write(7));
        assertTrue(Files.isSymbolicLink(link));
        assertArrayEquals(new byte[] {7}, Files.readAllBytes(folder.resolve("named.pdf")));
    }

    @Test
    void aLinkToAFifoIsRefused() throws Exception {
        Path fifo = fifo("pipe");
        Path link = Files.createSymbolicLink(folder.resolve("figure.png"), fifo);
        NotAFileException e = assertThrows(NotAFileException.class, () -> AtomicFile.write(link, out -> out.write(1)));
        assertEquals(fifo.toString(), e.resolved());
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLoopOfLinksIsRefusedWithItsOwnMessage() throws IOException {
        Path a = folder.resolve("a.png");
        Path b = folder.resolve("b.png");
        Files.createSymbolicLink(a, b);
        Files.createSymbolicLink(b, a);
        IOException e = assertThrows(FileSystemLoopException.class, () -> AtomicFile.write(a, out -> out.write(1)));
        assertTrue(WriteProblem.of(e).en().contains("loop"));
    }

    @Test
    void aNameOfTwoHundredAndFiftyBytesIsWritten() throws IOException {
        String name = "m".repeat(246) + ".png";
        assertEquals(250, name.getBytes(StandardCharsets.UTF_8).length);
        Path target = folder.resolve(name);
        AtomicFile.write(target, out -> out.write(1));
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(target));
        Path longest = folder.resolve("图".repeat(85));
        assertEquals(255, longest.getFileName().toString().getBytes(StandardCharsets.UTF_8).length);
        AtomicFile.write(longest, out -> out.write(2));
        assertArrayEquals(new byte[] {2}, Files.readAllBytes(longest));
    }

    @Test
    void aTempFileNobodyHoldsIsRemovedByTheNextWriteAndOthersAreLeftAlone() throws IOException {
        Path stale = Files.write(folder.resolve(AtomicFile.TEMP_PREFIX + "killed" + AtomicFile.TEMP_SUFFIX), new byte[4096]);
        Path notOurs = Files.write(folder.resolve(".figure.png.1234.part"), new byte[10]);
        Path teachers = Files.writeString(folder.resolve("notes.part"), "mine");
        AtomicFile.write(folder.resolve("figure.png"), out -> out.write(1));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.exists(teachers));
    }

    @Test
    void aTempFileHeldByALiveWriteIsLeftAlone() throws IOException {
        Path live = folder.resolve(AtomicFile.TEMP_PREFIX + "live" + AtomicFile.TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(live, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             FileLock lock = channel.lock()) {
            AtomicFile.removeStale(folder);
            assertTrue(Files.exists(live) && lock.isValid());
        }
        AtomicFile.removeStale(folder);
        assertFalse(Files.exists(live));
    }

    private Path fifo(String name) throws Exception {
        Path fifo = folder.resolve(name);
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).inheritIO().start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo on this system");
            throw e;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        return fifo;
    }

    private static String fileType(Path path) throws IOException {
        return Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS) ? "-"
                : ((Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 0170000) == 0010000
                ? "p" : "?";
    }

    private static List<Path> temps(Path in) throws IOException {
        try (Stream<Path> list = Files.list(in)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }
}
