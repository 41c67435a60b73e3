// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.evidence;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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

    /**
     * "超过 1,730 万人" / "over 17.3 million people (1,730 万人)": the number as stated, with its qualifier and unit.
     * A unit of 万 or 亿 is given to English readers in millions, billions or trillions, the paper's figure beside.
     */
    String value(Statistic figure) {
        String qualifier = figure.qualifier() == Qualifier.EXACT ? "" : messages.of("evidence.qualifier", figure.qualifier());
        String number = number(figure.value());
        BigDecimal factor = CHINESE_MAGNITUDES.get(figure.unit());
        String amount;
        if (factor != null) {
            amount = messages.format("evidence.scaled." + figure.unit().name(), western(figure.value().multiply(factor)),
                    number);
        } else {
            String separator = figure.unit() == StatUnit.PERCENT ? "" : " ";
            amount = number + separator + messages.of("evidence.unit", figure.unit());
        }
        return (qualifier.isEmpty() ? "" : qualifier + " ") + amount;
    }

    /** "7.76 trillion", "17.3 million", "555,000": three significant digits at most, the scale in words. */
    private String western(BigDecimal amount) {
        for (Scale scale : Scale.values()) {
            if (amount.compareTo(scale.size) >= 0) {
                BigDecimal scaled = amount.divide(scale.size).round(THREE_DIGITS).stripTrailingZeros();
                return number(scaled.scale() < 0 ? scaled.setScale(0) : scaled) + " " + messages.of("evidence.scale", scale);
            }
        }
        return number(amount.setScale(0, RoundingMode.HALF_UP));
    }

    /** The scales of English numbers, largest first. */
    enum Scale {
        TRILLION(new BigDecimal("1e12")), BILLION(new BigDecimal("1e9")), MILLION(new BigDecimal("1e6"));

        private final BigDecimal size;

        Scale(BigDecimal size) {
            this.size = size;
        }
    }

    private static final MathContext THREE_DIGITS = new MathContext(3, RoundingMode.HALF_UP);
    private static final Map<StatUnit, BigDecimal> CHINESE_MAGNITUDES = Map.of(
            StatUnit.YI_YUAN, new BigDecimal("1e8"), StatUnit.WAN_PEOPLE, new BigDecimal("1e4"),
            StatUnit.WAN_TRAINS, new BigDecimal("1e4"));

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
