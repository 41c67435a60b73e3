// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.OutputStream;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureFormat;
import org.hinterlandatlas.figure.PagePainter;

/** Writes a figure in one format to a stream; {@link FigureFiles} puts the stream safely into a file. */
public interface FigureWriter {

    void write(Figure figure, PagePainter painter, OutputStream out, ExportProgress progress) throws IOException;

    static FigureWriter of(FigureFormat format) {
        return switch (format) {
            case PNG -> new PngFigureWriter();
            case PDF -> new PdfFigureWriter();
            case SVG -> new SvgFigureWriter();
        };
    }
}
