// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;

/** A titled paragraph of the story in both languages, with where it comes from. */
public record Passage(Bilingual title, Bilingual text, List<Citation> citations) {

    public Passage {
        citations = List.copyOf(citations);
    }
}
