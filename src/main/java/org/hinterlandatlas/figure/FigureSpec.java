// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.hinterlandatlas.model.Language;

/**
 * Everything that decides how a figure looks, apart from what it shows: page, resolution (for PNG), format,
 * language, title and furniture.
 */
public record FigureSpec(PageSize page, int dpi, FigureFormat format, Language language, String title,
                         Set<Furniture> furniture) {

    public static final int MIN_DPI = 72;
    public static final int MAX_DPI = 2400;

    public FigureSpec {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        if (!validDpi(dpi)) {
            throw new IllegalArgumentException("the resolution must lie between " + MIN_DPI + " and " + MAX_DPI
                    + " DPI: " + dpi);
        }
        furniture = furniture.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(furniture));
    }

    public static boolean validDpi(int dpi) {
        return dpi >= MIN_DPI && dpi <= MAX_DPI;
    }

    public boolean has(Furniture item) {
        return furniture.contains(item);
    }

    public FigureSpec withFormat(FigureFormat newFormat) {
        return new FigureSpec(page, dpi, newFormat, language, title, furniture);
    }

    public FigureSpec withDpi(int newDpi) {
        return new FigureSpec(page, newDpi, format, language, title, furniture);
    }
}
