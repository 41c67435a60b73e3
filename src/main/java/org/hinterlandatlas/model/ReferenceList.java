// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources as a numbered reference list in GB/T 7714 style — "[1] 龚勤林, 宋明蔚. …[J]. …, 2024(4): 21-36.
 * DOI: 10.11835/…" — and citations as the matching in-text numbers ("[1] 表1"). The paper comes first, then
 * the other sources in catalogue order, so the numbers stay stable while content grows.
 */
public final class ReferenceList {

    private static final String DOI_PREFIX = "https://doi.org/";

    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final List<Source> ordered = new ArrayList<>();

    /** @param sources the catalogue, in its order; {@code paperId} is numbered first */
    public ReferenceList(Map<String, Source> sources, String paperId) {
        Source paper = sources.get(paperId);
        if (paper != null) {
            add(paper);
        }
        sources.values().forEach(s -> {
            if (!numbers.containsKey(s.id())) {
                add(s);
            }
        });
    }

    private void add(Source source) {
        ordered.add(source);
        numbers.put(source.id(), ordered.size());
    }

    public List<Source> sources() {
        return List.copyOf(ordered);
    }

    public int number(String sourceId) {
        Integer number = numbers.get(sourceId);
        if (number == null) {
            throw new IllegalArgumentException("the source \"" + sourceId + "\" is not in the list");
        }
        return number;
    }

    /** The full entry: number, the reference as catalogued, then the DOI or the address, each ending in a full stop. */
    public String entry(Source source, Language language) {
        StringBuilder text = new StringBuilder("[").append(number(source.id())).append("] ");
        text.append(withFullStop(source.reference().get(language)));
        String url = source.url();
        if (url.startsWith(DOI_PREFIX)) {
            text.append(" DOI: ").append(withFullStop(url.substring(DOI_PREFIX.length())));
        } else if (!url.isEmpty()) {
            text.append(' ').append(url);
        }
        return text.toString();
    }

    /** In-text citations: "[1] §二(一); [14]", in the order given. */
    public String cite(List<Citation> citations) {
        List<String> parts = new ArrayList<>();
        for (Citation citation : citations) {
            String part = "[" + number(citation.sourceId()) + "]";
            parts.add(citation.at().isEmpty() ? part : part + " " + citation.at());
        }
        return String.join("; ", parts);
    }

    private static String withFullStop(String text) {
        String trimmed = text.strip();
        return trimmed.endsWith(".") ? trimmed : trimmed + ".";
    }
}
