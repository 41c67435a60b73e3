// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * A teacher's ink on the map, anchored in geographic coordinates so that it stays on its places when the map
 * pans and zooms. Widths are in CSS pixels at any zoom (ink is drawn like a pen, not scaled with the map).
 * Colours are {@code #rrggbb} or {@code #rrggbbaa}.
 */
public sealed interface Annotation {

    String colour();

    /** A free-hand line: a pen, or a translucent highlighter. */
    record Stroke(Kind kind, String colour, double width, List<GeoPoint> points) implements Annotation {

        public enum Kind { PEN, HIGHLIGHTER }

        public Stroke {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(colour, "colour");
            points = List.copyOf(points);
        }
    }

    /** A straight line from one place to another, with an arrowhead at {@code to} if {@code arrow}. */
    record Line(boolean arrow, String colour, double width, GeoPoint from, GeoPoint to) implements Annotation {

        public Line {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
        }
    }

    /** A few words written on the map, their top-left corner at {@code at}. */
    record Text(String colour, double size, GeoPoint at, String text) implements Annotation {

        public Text {
            Objects.requireNonNull(colour, "colour");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
        }
    }
}
