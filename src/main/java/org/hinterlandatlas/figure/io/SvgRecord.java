// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.hinterlandatlas.figure.FigureStateCodec;
import org.hinterlandatlas.words.Messages;

/**
 * The view record of an SVG figure: the text of its {@code <metadata id="hinterland-atlas-view">}. Read as a
 * stream (a tree builder recurses, and a file nesting 100 000 elements overflowed its stack), with no DTD or
 * external entity, and within {@link FigureFiles#MAX_SVG_BYTES} and {@link FigureFiles#MAX_SVG_DEPTH}.
 */
final class SvgRecord {

    private static final XMLInputFactory FACTORY = factory();

    private SvgRecord() {
    }

    static Optional<String> read(Path file) throws IOException {
        if (Files.size(file) > FigureFiles.MAX_SVG_BYTES) {
            throw new BadFigureFileException("figure.error.tooLarge", "SVG",
                    String.valueOf(FigureFiles.MAX_SVG_BYTES >> 20));
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return record(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new BadFigureFileException(Messages.bilingual("figure.error.notFigure"), e);
        }
    }

    private static Optional<String> record(XMLStreamReader xml) throws XMLStreamException, BadFigureFileException {
        int depth = 0;
        StringBuilder text = null;
        int recordDepth = 0;
        while (xml.hasNext()) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++depth > FigureFiles.MAX_SVG_DEPTH) {
                        throw new BadFigureFileException("figure.error.tooDeep", String.valueOf(FigureFiles.MAX_SVG_DEPTH));
                    }
                    if (text == null && "metadata".equals(xml.getLocalName())
                            && FigureStateCodec.KEY.equals(xml.getAttributeValue(null, "id"))) {
                        text = new StringBuilder();
                        recordDepth = depth;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text != null) {
                        text.append(xml.getText());
                        if (text.length() > FigureFiles.MAX_RECORD_CHARS) {
                            throw new BadFigureFileException("figure.error.recordTooLong",
                                    String.valueOf(FigureFiles.MAX_RECORD_CHARS));
                        }
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (text != null && depth == recordDepth) {
                        return Optional.of(text.toString());
                    }
                    depth--;
                }
                default -> {
                    // comments, processing instructions and the document's own start and end carry no record
                }
            }
        }
        return Optional.empty();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
