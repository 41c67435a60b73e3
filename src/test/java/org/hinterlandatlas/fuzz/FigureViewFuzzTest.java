// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.figure.FigureStateException;
import org.hinterlandatlas.figure.Figures;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.PageSize;
import org.hinterlandatlas.figure.io.ExportProgress;
import org.hinterlandatlas.figure.io.FigureFiles;
import org.hinterlandatlas.model.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * File ▸ Open figure on mutated figures: the whole file mutated, and the view record inside a well-formed
 * PNG, PDF or SVG mutated. Each input opens or is refused with a {@link FigureStateException} naming the
 * file in both languages.
 */
class FigureViewFuzzTest {

    @TempDir
    static Path folder;
    private static byte[] png;
    private static byte[] pdf;
    private static byte[] svg;
    private static byte[] record;
    private final AtomicInteger inputs = new AtomicInteger();

    @BeforeAll
    static void exportSamples() throws Exception {
        png = export(FigureFormat.PNG);
        pdf = export(FigureFormat.PDF);
        svg = export(FigureFormat.SVG);
        record = FigureStateCodec.encode(FigureFiles.readState(folder.resolve("sample.svg"))).getBytes(StandardCharsets.UTF_8);
        System.out.println("fuzz samples: PNG " + png.length + " B, PDF " + pdf.length + " B, SVG " + svg.length + " B");
    }

    /** A small page, so that a mutated file is quick to read. */
    private static byte[] export(FigureFormat format) throws Exception {
        Figure figure = Figures.figure("circle", format, new PageSize(PageSize.MIN_MM, PageSize.MIN_MM), 72,
                Language.ZH, EnumSet.of(Furniture.SCALE_BAR));
        Path file = folder.resolve("sample." + format.extension());
        FigureFiles.export(figure, Figures.pagePainter(), file, ExportProgress.NONE);
        return Files.readAllBytes(file);
    }

    @Test
    void mutatedFiguresOpenOrAreRefusedClearly() {
        for (FigureFormat format : FigureFormat.values()) {
            byte[] sample = switch (format) {
                case PNG -> png;
                case PDF -> pdf;
                case SVG -> svg;
            };
            check(run("figure-" + format.extension(), format, input -> input).run(sample));
        }
    }

    @Test
    void mutatedViewRecordsInsideGoodFiguresOpenOrAreRefusedClearly() {
        check(run("view-record-png", FigureFormat.PNG, FigureViewFuzzTest::inPng).run(record));
        check(run("view-record-pdf", FigureFormat.PDF, FigureViewFuzzTest::inPdf).run(record));
        check(run("view-record-svg", FigureFormat.SVG, FigureViewFuzzTest::inSvg).run(record));
    }

    /** Turns a mutated input into the bytes of a figure file. */
    @FunctionalInterface
    private interface Embedding {
        byte[] file(byte[] input) throws IOException;
    }

    private FuzzRun run(String name, FigureFormat format, Embedding embedding) {
        return FuzzRun.of(name, FigureStateException.class, input -> {
            Path file = folder.resolve(name + "-" + inputs.incrementAndGet() + "." + format.extension());
            Files.write(file, embedding.file(input));
            try {
                FigureFiles.readState(file);
            } finally {
                Files.delete(file);
            }
        }).clearWhen(e -> {
            FigureStateException problem = (FigureStateException) e;
            return problem.problem().en().startsWith("cannot open the figure " + folder)
                    && problem.problem().zh().startsWith("无法打开图件 " + folder)
                    // the reader's words, not an exception's missing message ("无法读取：null")
                    && !problem.problem().en().endsWith(": null") && !problem.problem().zh().endsWith("：null")
                    && !problem.problem().en().contains("\"null\"");
        });
    }

    private static void check(FuzzRun.Report report) {
        assertEquals(report.inputs(), report.loaded() + report.refused());
    }

    /** The record as the text of a tEXt chunk after the header, as the atlas writes it. */
    private static byte[] inPng(byte[] text) {
        byte[] image = png;
        int afterHeader = 8 + 4 + 4 + 13 + 4;
        int ours = afterHeader;
        int oursLength = ByteBuffer.wrap(image, ours, 4).getInt();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(image, 0, afterHeader);
        byte[] data = ByteBuffer.allocate(FigureStateCodec.KEY.length() + 1 + text.length)
                .put(FigureStateCodec.KEY.getBytes(StandardCharsets.ISO_8859_1)).put((byte) 0).put(text).array();
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        byte[] type = "tEXt".getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(type);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(type);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        int rest = ours + 12 + oursLength;
        out.write(image, rest, image.length - rest);
        return out.toByteArray();
    }

    /** A one-page PDF carrying the record: the figure's own page adds only reading time here. */
    private static byte[] inPdf(byte[] text) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setCustomMetadataValue(FigureStateCodec.KEY,
                    new String(text, StandardCharsets.UTF_8));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static byte[] inSvg(byte[] text) {
        String file = new String(svg, StandardCharsets.UTF_8);
        String open = "<metadata id=\"" + FigureStateCodec.KEY + "\">";
        int start = file.indexOf(open) + open.length();
        int end = file.indexOf("</metadata>", start);
        String escaped = new String(text, StandardCharsets.UTF_8).replace("&", "&amp;").replace("<", "&lt;");
        return (file.substring(0, start) + escaped + file.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
