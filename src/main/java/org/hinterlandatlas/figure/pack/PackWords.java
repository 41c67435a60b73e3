// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.pack;

import java.util.List;
import java.util.stream.Collectors;
import org.hinterlandatlas.figure.FigureTexts;
import org.hinterlandatlas.figure.FigureWords;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;

/** The words of a print pack in its language: those of every figure, and the pack's own. */
public final class PackWords {

    private final Messages messages;
    private final FigureTexts figure;

    public PackWords(Messages messages) {
        this.messages = messages;
        this.figure = FigureWords.of(messages);
    }

    public Language language() {
        return messages.language();
    }

    public FigureTexts figure() {
        return figure;
    }

    /** The figure's words with the sources line naming what this page's notes cite, if they cite anything. */
    public FigureTexts citing(AtlasContent content, List<Citation> citations) {
        if (citations.isEmpty()) {
            return figure;
        }
        String sources = citations.stream()
                .map(c -> content.source(c.sourceId()).map(s -> s.reference().get(language())).orElse(c.sourceId())
                        + (c.at().isBlank() ? "" : " " + c.at()))
                .distinct().collect(Collectors.joining("; "));
        return new FigureTexts(messages.format("pack.sources", sources), figure.credits(), figure.notice(),
                figure.legendTitle(), figure.northLetter(), figure.insetCaption(), figure.text());
    }

    public String get(String key) {
        return messages.get(key);
    }

    public String format(String key, Object... arguments) {
        return messages.format(key, arguments);
    }
}
