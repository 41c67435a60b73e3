// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureState;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.figure.PagePainter;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes figures to files all or nothing, and reads the view state back from a PNG, PDF or SVG figure.
 * Every failure becomes one bilingual message naming the file and the problem.
 */
public final class FigureFiles {

    private FigureFiles() {
    }

    /**
     * Writes the figure in its spec's format to {@code target}, through a temporary file: on failure or
     * cancellation no partial file remains and an existing file is untouched.
     */
    public static void export(Figure figure, PagePainter painter, Path target, ExportProgress progress)
            throws FigureExportException {
        checkFolder(target);
        if (figure.spec().format() == FigureFormat.PNG) {
            checkMemory(figure, target);
        }
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

    /** A PNG too large for this JVM's memory is refused up front, naming the resolution that would fit. */
    private static void checkMemory(Figure figure, Path target) throws FigureExportException {
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        long needed = PngFigureWriter.bytesNeeded(figure.page(), figure.spec().dpi());
        if (needed > available) {
            int fitting = (int) Math.floor(figure.spec().dpi() * Math.sqrt((double) available / needed));
            long mb = needed >> 20;
            throw failure(target, Messages.bilingual("figure.error.memory", String.valueOf(mb),
                    String.valueOf(fitting)), null);
        }
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

    /** The view state a figure file carries, whatever its format. */
    public static FigureState readState(Path file) throws FigureStateException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw problem(file, Messages.bilingual("figure.error.noFile"), e);
        } catch (IOException e) {
            throw problem(file, Messages.bilingual("figure.error.unreadable", String.valueOf(e.getMessage())), e);
        }
        Optional<String> text;
        try {
            if (Arrays.equals(head, PngText.SIGNATURE)) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                    text = PngText.read(in, FigureStateCodec.KEY);
                }
            } else if (head.length >= 5 && new String(head, 0, 5, StandardCharsets.US_ASCII).equals("%PDF-")) {
                try (PDDocument document = Loader.loadPDF(file.toFile())) {
                    text = Optional.ofNullable(document.getDocumentInformation()
                            .getCustomMetadataValue(FigureStateCodec.KEY));
                }
            } else {
                text = svgMetadata(file);
            }
        } catch (IOException e) {
            throw problem(file, Messages.bilingual("figure.error.unreadable", String.valueOf(e.getMessage())), e);
        }
        if (text.isEmpty()) {
            throw problem(file, Messages.bilingual("figure.error.noView"), null);
        }
        try {
            return FigureStateCodec.decode(text.get());
        } catch (FigureStateException e) {
            throw problem(file, e.problem(), e);
        }
    }

    private static Optional<String> svgMetadata(Path file) throws IOException, FigureStateException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(in);
            NodeList metadata = document.getElementsByTagNameNS("*", "metadata");
            for (int i = 0; i < metadata.getLength(); i++) {
                Element element = (Element) metadata.item(i);
                if (FigureStateCodec.KEY.equals(element.getAttribute("id"))) {
                    return Optional.of(element.getTextContent());
                }
            }
            return Optional.empty();
        } catch (SAXException e) {
            throw problem(file, Messages.bilingual("figure.error.notFigure"), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser lacks a standard feature", e);
        }
    }

    private static FigureStateException problem(Path file, Bilingual problem, Throwable cause) {
        return new FigureStateException(new Bilingual(
                Messages.of(Language.ZH).format("figure.error.open", String.valueOf(file), problem.zh()),
                Messages.of(Language.EN).format("figure.error.open", String.valueOf(file), problem.en())), cause);
    }
}
