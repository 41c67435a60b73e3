// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.theme;

/**
 * The looks of the window and the map: light for a lit room, dark for a dark projector, high contrast for
 * weak eyes or a washed-out beam. Each is a style class on the window's root (styles/themes.css) and a
 * file of values laid over the map style (styles/map-style.json).
 */
public enum Theme {
    LIGHT(null, null),
    DARK("theme-dark", "styles/map-style-dark.json"),
    HIGH_CONTRAST("theme-high-contrast", "styles/map-style-high-contrast.json");

    /** The sheet with the dark and high-contrast rules, on every window's scene. */
    public static final String STYLESHEET = "/styles/themes.css";

    private final String styleClass;
    private final String mapStyleOverrides;

    Theme(String styleClass, String mapStyleOverrides) {
        this.styleClass = styleClass;
        this.mapStyleOverrides = mapStyleOverrides;
    }

    /** The style class of the window's root, or null for the light theme, which is app.css alone. */
    public String styleClass() {
        return styleClass;
    }

    /** The data file whose values replace those of the map style, or null for the light theme. */
    public String mapStyleOverrides() {
        return mapStyleOverrides;
    }
}
