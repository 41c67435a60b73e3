// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import java.util.List;
import java.util.Objects;

/**
 * The features a quiz draws its questions (and an identify question its wrong names) from.
 *
 * @param id    stable id, for the command line and the menu ("tier-core", "corridors", …)
 * @param title the message key of its name
 */
public record QuizSet(String id, String title, List<QuizItem> items) {

    public QuizSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
    }
}
