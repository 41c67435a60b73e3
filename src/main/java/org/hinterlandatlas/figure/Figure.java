// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import java.util.Optional;

/**
 * A figure ready to be painted or written: its spec, its words, what fills its body and, for a map, the
 * view state that the written file carries so the atlas can return to it.
 */
public record Figure(FigureSpec spec, FigureTexts texts, PageBody body, Optional<FigureState> state) {

    public PageSize page() {
        return spec.page();
    }
}
