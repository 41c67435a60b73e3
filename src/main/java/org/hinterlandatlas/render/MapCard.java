// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render;

import java.util.List;

/**
 * A card drawn on the map itself, for a map shown without its side panels (a projector, a narrow window) and
 * for figures: a compact legend of what is drawn, or the details of the clicked feature. Each has a close box.
 */
public sealed interface MapCard {

    /** The card's identity, which the close box reports. */
    String id();

    String title();

    /** The legend of what the resolved scene draws; {@code text} turns legend keys into words. */
    record Legend(String id, String title, List<LegendEntry> entries, java.util.function.Function<String, String> text)
            implements MapCard {

        public Legend {
            entries = List.copyOf(entries);
        }
    }

    /** The details of one feature: its kind, name, other name, and labelled facts, wrapped to the card. */
    record Details(String id, String title, String kind, String subtitle, List<Row> rows) implements MapCard {

        public record Row(String label, String value) {
        }

        public Details {
            rows = List.copyOf(rows);
        }
    }
}
