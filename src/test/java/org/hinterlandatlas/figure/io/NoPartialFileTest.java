// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.Figures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failed or cancelled export leaves no file behind and keeps the file it would have replaced. */
class NoPartialFileTest {

    @TempDir
    Path folder;

    @Test
    void aWriterThatFailsHalfWayLeavesNothing() {
        Path target = folder.resolve("figure.png");
        IOException e = assertThrows(IOException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals(List.of(), files());
    }

    @Test
    void aFailureKeepsTheExistingFile() throws IOException {
        Path target = folder.resolve("figure.pdf");
        byte[] before = "the figure of last week".getBytes();
        Files.write(target, before);
        assertThrows(IllegalStateException.class, () -> AtomicFile.write(target, out -> {
            out.write(new byte[10_000]);
            throw new IllegalStateException("painting failed");
        }));
        assertArrayEquals(before, Files.readAllBytes(target));
        assertEquals(List.of(target), files());
    }

    @Test
    void aCancelledExportLeavesNoFileInAnyFormat() {
        ExportProgress cancelled = new ExportProgress() {
            @Override
            public void worked(double fraction) {
                // not shown
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        for (FigureFormat format : FigureFormat.values()) {
            Path target = folder.resolve("cancelled." + format.extension());
            assertThrows(CancellationException.class, () -> FigureFiles.export(Figures.circle(format, 72),
                    Figures.pagePainter(), target, cancelled));
        }
        assertEquals(List.of(), files());
    }

    @Test
    void aMissingFolderIsNamedInTheMessage() {
        Path target = folder.resolve("no-such-folder").resolve("figure.svg");
        FigureExportException e = assertThrows(FigureExportException.class, () -> FigureFiles.export(
                Figures.circle(FigureFormat.SVG, 72), Figures.pagePainter(), target, ExportProgress.NONE));
        assertTrue(e.problem().en().contains("does not exist"), e.problem().en());
        assertTrue(e.problem().zh().contains("不存在"), e.problem().zh());
        assertEquals(List.of(), files());
    }

    @Test
    void aFullDiskIsReportedAsSuch() throws IOException {
        Path target = folder.resolve("figure.png");
        // The writer fails the way a full disk fails; FigureFiles turns that into its own message.
        IOException full = new IOException("No space left on device");
        FigureExportException e = assertThrows(FigureExportException.class,
                () -> FigureFiles.failureOf(target, full));
        assertTrue(e.problem().en().contains("the disk is full"), e.problem().en());
        assertTrue(e.problem().zh().contains("磁盘已满"));
    }

    private List<Path> files() {
        try (Stream<Path> list = Files.list(folder)) {
            return list.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
