// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import org.hinterlandatlas.figure.PageBody;
import org.hinterlandatlas.render.FontSet;

/** The cover of a print pack: what it holds, then the steps' captions as its contents. */
final class CoverBody implements PageBody {

    private static final double PAD = 24;

    private final FontSet fonts;
    private final String subtitle;
    private final String contentsHeading;
    private final List<String> contents;

    CoverBody(FontSet fonts, String subtitle, String contentsHeading, List<String> contents) {
        this.fonts = fonts;
        this.subtitle = subtitle;
        this.contentsHeading = contentsHeading;
        this.contents = List.copyOf(contents);
    }

    @Override
    public void paint(Graphics2D g, double width, double height) {
        List<TextBlock.Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new TextBlock.Paragraph(subtitle, 18, false));
        paragraphs.add(new TextBlock.Paragraph(contentsHeading, 16, true));
        for (int i = 0; i < contents.size(); i++) {
            paragraphs.add(new TextBlock.Paragraph((i + 1) + "  " + contents.get(i), 13, false, 0.1));
        }
        TextBlock.paint(g, fonts, paragraphs, PAD, PAD, width - 2 * PAD, height - 2 * PAD);
    }
}
