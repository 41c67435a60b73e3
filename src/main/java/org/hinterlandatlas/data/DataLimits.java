// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Every limit the loaders hold the data files to, in one place (the table in docs/data-format.md, "Limits",
 * lists the same). A file beyond one is refused with a message naming the file, the feature and the limit.
 * Each limit is well above what the shipped data uses — the figure in brackets — so a content author never
 * meets one by honest work, while a damaged or hostile file cannot exhaust memory or time, nor hand the
 * renderer a size it cannot draw.
 */
public final class DataLimits {

    /** A file of geodata/ (the base map's hi band: 0.9 MB). */
    public static final int GEODATA_FILE_BYTES = 16 * 1024 * 1024;
    /** A file of content/ or styles/ (25 kB). */
    public static final int CONTENT_FILE_BYTES = 2 * 1024 * 1024;
    /** Objects and arrays inside one another (8, a MultiPolygon's coordinates). */
    public static final int NESTING_DEPTH = 32;
    /** Characters of one text or key (1 492). */
    public static final int TEXT_CHARS = 20_000;
    /** Characters of one number as written (17). */
    public static final int NUMBER_CHARS = 40;
    /** Points of one feature's geometry (10 809). */
    public static final int VERTICES_PER_GEOMETRY = 200_000;
    /** Points of one layer file (44 723). */
    public static final int VERTICES_PER_LAYER = 2_000_000;
    /** One load of the atlas or of a style, every file read and checked (1.7 s on a laptop). */
    public static final Duration LOAD_TIME = Duration.ofSeconds(120);

    // ---- places and views

    public static final Range LONGITUDE = new Range(-180, 180);
    /** Web Mercator ends at ±85.05°; a view of 89.9° would be a blank map. */
    public static final Range LATITUDE = new Range(-85, 85);
    /** The smallest width and height of a view or a map state's bounds, in degrees (2.6). */
    public static final double VIEW_SPAN_DEGREES = 0.01;

    // ---- content numbers

    /** A count of Table 2 (15 889). */
    public static final Range COUNT = new Range(0, 9_999_999);
    /** A key figure's value, in its own unit (77 587.99). */
    public static final Range FIGURE_VALUE = new Range(0, 1_000_000_000);
    /** A percentage: a key figure's or a Table 2 share. */
    public static final Range PERCENT = new Range(0, 100);
    /** The year of a key figure or of Table 2: the People's Republic to the paper. */
    public static final Range STATISTIC_YEAR = new Range(1949, 2024);
    /** The years of a story phase (1937–2024). */
    public static final Range STORY_YEAR = new Range(1800, 2100);
    /** A river's rank, 1 the widest (1–3). */
    public static final Range RIVER_RANK = new Range(1, 9);
    /** A figure number of the paper that holds data (图 2–7). */
    public static final Range FIGURE_NUMBER = new Range(2, 7);

    // ---- style numbers, in CSS pixels unless said

    /** The width of a line or an outline (5). */
    public static final Range LINE_WIDTH = new Range(0, 20);
    /** One length of a dash pattern, or a river's width by rank (7). */
    public static final Range DASH_LENGTH = new Range(0.1, 100);
    /** The size of a label's type (17). */
    public static final Range FONT_SIZE = new Range(4, 96);
    /** A node symbol's radius (7.5). */
    public static final Range RADIUS = new Range(0, 40);
    /** A distance: a label's gap, a halo, an arrowhead (18). */
    public static final Range DISTANCE = new Range(0, 100);
    /** A factor: the second line's scale, the gap per radius (0.72). */
    public static final Range FACTOR = new Range(0, 4);
    /** The step an essential label's type shrinks by (0.85): 1 keeps the size, never larger. */
    public static final Range SHRINK = new Range(0.5, 1);
    /** A zoom level (0–8; the map ends at 11). */
    public static final Range ZOOM = new Range(0, 22);
    /** A label priority (100). */
    public static final Range PRIORITY = new Range(0, 1000);
    /** The most numbers a dash pattern or the rivers' widths by rank may list (4). */
    public static final int STYLE_LIST_LENGTH = 16;
    /** An alpha (38). */
    public static final Range ALPHA = new Range(0, 255);

    private DataLimits() {
    }

    /** The size limit of the file at {@code path}. */
    static int fileBytes(String path) {
        return path.startsWith("geodata/") ? GEODATA_FILE_BYTES : CONTENT_FILE_BYTES;
    }

    /** An allowed closed range of numbers. */
    public record Range(double min, double max) {

        public boolean contains(double value) {
            return value >= min && value <= max;
        }

        String minText() {
            return plain(min);
        }

        String maxText() {
            return plain(max);
        }

        /** A number as a reader writes it: 9999999, not 9.999999E6; 1e308 stays short. */
        static String plain(double value) {
            if (!Double.isFinite(value)) {
                return String.valueOf(value);
            }
            if (Math.abs(value) >= 1e15 || (value != 0 && Math.abs(value) < 1e-6)) {
                return String.valueOf(value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }
}
