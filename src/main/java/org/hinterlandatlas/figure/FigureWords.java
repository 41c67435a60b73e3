// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import org.hinterlandatlas.words.Messages;

/** The words on a figure, from the interface strings of the figure's language. */
public final class FigureWords {

    private FigureWords() {
    }

    public static FigureTexts of(Messages messages) {
        return new FigureTexts(messages.get("figure.sources"), messages.get("credits"), messages.get("notice"),
                messages.get("panel.legend"), messages.get("map.north"), messages.get("map.southChinaSea"),
                messages::get);
    }
}
