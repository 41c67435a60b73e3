// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;

/**
 * Which screen shows the class the map and which keeps the presenter's window. A laptop's own screen is the
 * primary one, where its desktop, menus and the teacher's eyes are; the projector is another screen — the
 * largest of the others when there are several, as a projector or a classroom panel is the biggest.
 *
 * @param projector the bounds of the screen the map goes full screen on
 * @param laptop    the bounds of the screen the presenter's window opens on
 */
public record ScreenChoice(Rectangle2D projector, Rectangle2D laptop) {

    /** Two screens or more: the map on a screen other than the primary, the presenter on the primary. */
    public static Optional<ScreenChoice> of(List<Rectangle2D> screens, Rectangle2D primary) {
        return screens.stream()
                .filter(screen -> !screen.equals(primary))
                .max(Comparator.comparingDouble(screen -> screen.getWidth() * screen.getHeight()))
                .map(projector -> new ScreenChoice(projector, primary));
    }
}
