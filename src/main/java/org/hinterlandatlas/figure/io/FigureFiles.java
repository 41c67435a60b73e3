// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;

/**
 * Writes figures to files all or nothing, and reads the view state back from a PNG, PDF or SVG figure.
 * Every failure becomes one bilingual message naming the file and the problem.
 */
public final class FigureFiles {

    /** The largest SVG figure opened: the atlas's own are a few MB even on A0. */
    public static final long MAX_SVG_BYTES = 64L << 20;
    /** The largest PDF figure opened (a print pack of many pages included). */
    public static final long MAX_PDF_BYTES = 512L << 20;
    /** How deep an SVG's elements may nest: the atlas writes 4 levels, drawing programs a few dozen. */
    public static final int MAX_SVG_DEPTH = 256;
    /** The longest view record read: the atlas writes well under 2 000 characters. */
    public static final int MAX_RECORD_CHARS = 64 << 10;

    private FigureFiles() {
    }

    /**
     * Writes the figure in its spec's format to {@code target}, through a temporary file: on failure or
     * cancellation no partial file remains and an existing file is untouched.
     */
    public static void export(Figure figure, PagePainter painter, Path target, ExportProgress progress)
            throws FigureExportException {
        checkFolder(target);
        FigureWriter writer = FigureWriter.of(figure.spec().format());
        try {
            AtomicFile.write(target, out -> writer.write(figure, painter, out, progress));
        } catch (IOException e) {
            failureOf(target, e);
        }
    }

    /** Turns a failed write into its message: no permission, a full disk, not a file, or the system's own words. */
    static void failureOf(Path target, IOException e) throws FigureExportException {
        throw failure(target, WriteProblem.of(e), e);
    }

    /** Checked before painting, so that a page is not painted for a place it cannot be written to. */
    static void checkFolder(Path target) throws FigureExportException {
        if (Files.isDirectory(target)) {
            throw failure(target, Messages.bilingual("figure.error.isFolder"), null);
        }
        Path destination;
        try {
            destination = AtomicFile.destination(target);
        } catch (IOException e) {
            throw failure(target, WriteProblem.of(e), e);
        }
        Path folder = destination.getParent();
        if (folder == null || !Files.exists(folder)) {
            throw failure(target, Messages.bilingual("figure.error.noFolder", String.valueOf(folder)), null);
        }
        if (!Files.isDirectory(folder)) {
            throw failure(target, Messages.bilingual("figure.error.notFolder", String.valueOf(folder)), null);
        }
        if (!Files.isWritable(folder)) {
            throw failure(target, Messages.bilingual("figure.error.folderReadOnly", String.valueOf(folder)), null);
        }
    }

    private static FigureExportException failure(Path target, Bilingual problem, Throwable cause) {
        return new FigureExportException(new Bilingual(
                Messages.of(Language.ZH).format("figure.error.save", String.valueOf(target), problem.zh()),
                Messages.of(Language.EN).format("figure.error.save", String.valueOf(target), problem.en())), cause);
    }

    /**
     * The view state a figure file carries, whatever its format. Every failure, whatever the file holds, is
     * a {@link FigureStateException} naming the file and the problem in both languages.
     */
    public static FigureState readState(Path file) throws FigureStateException {
        String text;
        try {
            text = viewRecord(file);
        } catch (NoSuchFileException e) {
            throw problem(file, Messages.bilingual("figure.error.noFile"), e);
        } catch (BadFigureFileException e) {
            throw problem(file, e.problem(), e);
        } catch (AccessDeniedException e) {
            throw problem(file, Messages.bilingual("figure.error.readDenied"), e);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason()
                    : e.getClass().getSimpleName();
            throw problem(file, Messages.bilingual("figure.error.unreadable", reason), e);
        }
        try {
            return FigureStateCodec.decode(text);
        } catch (FigureStateException e) {
            throw problem(file, e.problem(), e);
        }
    }

    /** The view record's text, read by the file's first bytes as PNG, PDF or (anything else) SVG. */
    private static String viewRecord(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new BadFigureFileException("figure.error.isFolder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            // a FIFO or a device would block the reader, or never end
            throw new BadFigureFileException("figure.error.notAFile");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        }
        Optional<String> text;
        if (Arrays.equals(head, PngText.SIGNATURE)) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                text = PngText.read(in, FigureStateCodec.KEY, MAX_RECORD_CHARS);
            }
        } else if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
            text = pdfRecord(file);
        } else {
            text = SvgRecord.read(file);
        }
        if (text.isEmpty()) {
            throw new BadFigureFileException("figure.error.noView");
        }
        if (text.get().length() > MAX_RECORD_CHARS) {
            throw new BadFigureFileException("figure.error.recordTooLong", String.valueOf(MAX_RECORD_CHARS));
        }
        return text.get();
    }

    private static Optional<String> pdfRecord(Path file) throws IOException {
        if (Files.size(file) > MAX_PDF_BYTES) {
            throw new BadFigureFileException("figure.error.tooLarge", "PDF", String.valueOf(MAX_PDF_BYTES >> 20));
        }
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            return Optional.ofNullable(document.getDocumentInformation().getCustomMetadataValue(FigureStateCodec.KEY));
        } catch (InvalidPasswordException e) {
            throw new BadFigureFileException(Messages.bilingual("figure.error.pdfLocked"), e);
        } catch (IOException | RuntimeException e) {
            throw new BadFigureFileException(Messages.bilingual("figure.error.pdfDamaged"), e);
        } catch (StackOverflowError e) {
            // PDFBox parses nested objects by recursion: a crafted file can nest them deeper than the stack
            throw new BadFigureFileException(Messages.bilingual("figure.error.pdfDamaged"), e);
        }
    }

    private static FigureStateException problem(Path file, Bilingual problem, Throwable cause) {
        return new FigureStateException(new Bilingual(
                Messages.of(Language.ZH).format("figure.error.open", String.valueOf(file), problem.zh()),
                Messages.of(Language.EN).format("figure.error.open", String.valueOf(file), problem.en())), cause);
    }
}
