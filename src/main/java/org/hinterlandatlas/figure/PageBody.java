// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.awt.Graphics2D;

/**
 * What fills the body of a page: today a map, later any other painter on Graphics2D (a chart). The page
 * around it — title, source line, notice — is the same for all.
 */
public interface PageBody {

    /**
     * Paints the body into the area from (0, 0) to (width, height), in CSS pixels (1/96 inch): the unit the
     * map style is written in. {@code g} is already clipped to that area.
     */
    void paint(Graphics2D g, double width, double height);
}
