// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hinterlandatlas.model.AtlasContent;
import org.hinterlandatlas.model.Citation;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.Qualifier;
import org.hinterlandatlas.model.Source;
import org.hinterlandatlas.model.StatUnit;
import org.hinterlandatlas.model.Statistic;
import org.hinterlandatlas.words.Messages;

/** Turns evidence into the words of the interface: values with units, years, citations. */
final class EvidenceText {

    private final Messages messages;
    private final AtlasContent content;

    EvidenceText(Messages messages, AtlasContent content) {
        this.messages = messages;
        this.content = content;
    }

    Messages messages() {
        return messages;
    }

    /** "超过 1 730 万人" / "over 1,730 × 10,000 people (万人)": the number as stated, with its qualifier and unit. */
    String value(Statistic figure) {
        String qualifier = figure.qualifier() == Qualifier.EXACT ? "" : messages.of("evidence.qualifier", figure.qualifier());
        String unit = messages.of("evidence.unit", figure.unit());
        String number = number(figure.value());
        String separator = figure.unit() == StatUnit.PERCENT ? "" : " ";
        return (qualifier.isEmpty() ? "" : qualifier + " ") + number + separator + unit;
    }

    private String number(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Messages.localeOf(messages.language()));
        format.setMinimumFractionDigits(Math.max(value.scale(), 0));
        format.setMaximumFractionDigits(Math.max(value.scale(), 0));
        return format.format(value);
    }

    String year(Statistic figure) {
        return messages.format("evidence.year." + figure.yearBasis().name(), figure.year());
    }

    /** "出处：论文 §三(一)1、表2" — one entry per source, with the places in it. */
    String sources(List<Citation> citations) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (Citation citation : citations) {
            List<String> at = bySource.computeIfAbsent(citation.sourceId(), id -> new ArrayList<>());
            if (!citation.at().isEmpty() && !at.contains(citation.at())) {
                at.add(citation.at());
            }
        }
        List<String> parts = new ArrayList<>();
        bySource.forEach((id, at) -> {
            String name = content.source(id).map(this::shortName).orElse(id);
            parts.add(at.isEmpty() ? name : name + " " + String.join(messages.language() == Language.ZH ? "、" : ", ", at));
        });
        return messages.format("evidence.source", String.join("; ", parts));
    }

    private String shortName(Source source) {
        return source.kind().equals("paper") ? messages.get("evidence.paper") : source.reference().get(messages.language());
    }
}
