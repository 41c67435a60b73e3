// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Optional;

/**
 * What a national strategic hinterland and its core carrier area are (abstract, §一(一)), the four traits of
 * a core carrier area, and the centre–periphery theory behind them (§一(二)).
 *
 * @param traitsPassage the sentence that names the four traits
 * @param traits        the four traits, each as a short name
 * @param state         the map the definition is read with
 */
public record Definition(Passage hinterland, Passage coreArea, Passage traitsPassage, List<Bilingual> traits,
                         Passage theory, List<TheoryElement> elements, Passage effects, MapState state) {

    public Definition {
        traits = List.copyOf(traits);
        elements = List.copyOf(elements);
    }

    public Optional<TheoryElement> element(String id) {
        return elements.stream().filter(e -> e.id().equals(id)).findFirst();
    }
}
