// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Locale;
import java.util.Optional;

/** The file formats a figure is written in. */
public enum FigureFormat {
    PNG, PDF, SVG;

    /** The file name extension, without the dot. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FigureFormat> parse(String text) {
        for (FigureFormat format : values()) {
            if (format.extension().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(format);
            }
        }
        return Optional.empty();
    }

    /** The format a file name's extension names, if any. */
    public static Optional<FigureFormat> ofFileName(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : parse(name.substring(dot + 1));
    }
}
