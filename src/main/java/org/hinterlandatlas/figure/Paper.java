// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Locale;
import java.util.Optional;

/**
 * The paper sizes a figure can be made on, given short side × long side in millimetres. The 16:9 slide is
 * the 13.33 × 7.5 inch page of presentation programs; a custom size has no dimensions of its own.
 */
public enum Paper {
    A4("A4", 210, 297),
    A3("A3", 297, 420),
    SLIDE_16_9("16:9", 190.5, 338.6667),
    CUSTOM("custom", 0, 0);

    private final String label;
    private final double shortMm;
    private final double longMm;

    Paper(String label, double shortMm, double longMm) {
        this.label = label;
        this.shortMm = shortMm;
        this.longMm = longMm;
    }

    /** The name used on the command line and in the dialog: A4, A3, 16:9, custom. */
    public String label() {
        return label;
    }

    /** The page of this paper in an orientation; not for {@link #CUSTOM}. */
    public PageSize page(boolean landscape) {
        if (this == CUSTOM) {
            throw new IllegalStateException("a custom paper has no size of its own");
        }
        return landscape ? new PageSize(longMm, shortMm) : new PageSize(shortMm, longMm);
    }

    /** The paper with this label, ignoring case; "slide" and "16x9" also name the slide. */
    public static Optional<Paper> parse(String text) {
        String key = text.trim().toLowerCase(Locale.ROOT);
        for (Paper paper : values()) {
            if (paper.label.toLowerCase(Locale.ROOT).equals(key)) {
                return Optional.of(paper);
            }
        }
        return switch (key) {
            case "slide", "16x9", "16-9" -> Optional.of(SLIDE_16_9);
            default -> Optional.empty();
        };
    }
}
