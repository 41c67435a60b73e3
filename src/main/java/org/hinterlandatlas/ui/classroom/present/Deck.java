// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.present;

import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyIntegerProperty;
import org.hinterlandatlas.model.Annotation;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.MapState;

/**
 * What a presentation pages through: the story's steps, or the steps of the teacher's lesson. The
 * presentation knows only this, so the clicker's keys, the blank screen and the notes work alike for both.
 */
interface Deck {

    int size();

    /** The step shown, 0-based; −1 before the first. */
    ReadOnlyIntegerProperty indexProperty();

    /** Puts step {@code index} on the map: its area, layers, highlights, ink and caption. */
    void go(int index);

    /** The presenter's notes for step {@code index}, if it has any. */
    Optional<Bilingual> notes(int index);

    /** The map step {@code index} shows, titled as the presentation captions it: for the presenter's previews. */
    MapState state(int index);

    /** The teacher's ink on step {@code index}. */
    List<Annotation> ink(int index);
}
