// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.util.Locale;
import java.util.Set;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.FigureTexts;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.TableFigureState;
import org.hinterlandatlas.figure.TableFigures;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.ProjectTable;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.figure.FigureSubject;
import org.hinterlandatlas.figure.FigureWords;

/**
 * Table 2's chart or cluster map for one industry as the subject of a figure. The page's source line names
 * the paper and the table's data (CNRDS, as the paper states); a map's adds the base data.
 */
final class Table2FigureSubject implements FigureSubject {

    private final TableFigures figures;
    private final TableFigureState.Kind kind;
    private final ProjectTable.Industry industry;

    Table2FigureSubject(TableFigures figures, TableFigureState.Kind kind, ProjectTable.Industry industry) {
        this.figures = figures;
        this.kind = kind;
        this.industry = industry;
    }

    TableFigureState.Kind kind() {
        return kind;
    }

    @Override
    public String defaultTitle(Language language) {
        Messages messages = Messages.of(language);
        String key = kind == TableFigureState.Kind.CHART ? "evidence.figure.chartTitle" : "evidence.figure.mapTitle";
        return messages.format(key, figures.table().title().get(language), industry.name().get(language));
    }

    @Override
    public Set<Furniture> furniture() {
        return TableFigures.furniture(kind);
    }

    @Override
    public String fileName() {
        return figures.table().id() + "-" + kind.name().toLowerCase(Locale.ROOT) + "-" + industry.id();
    }

    @Override
    public Figure figure(FigureSpec spec) {
        Messages messages = Messages.of(spec.language());
        FigureTexts words = FigureWords.of(messages);
        String data = messages.get("evidence.chart.source");
        String credits = kind == TableFigureState.Kind.CHART ? data : data + " " + words.credits();
        FigureTexts texts = new FigureTexts(words.sources(), credits, words.notice(), words.legendTitle(),
                words.northLetter(), words.insetCaption(), words.text());
        return kind == TableFigureState.Kind.CHART
                ? figures.chart(spec, industry, texts, Table2Words.chart(messages))
                : figures.map(spec, industry, texts, Table2Words.map(messages, industry));
    }
}
