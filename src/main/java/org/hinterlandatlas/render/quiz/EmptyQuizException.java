// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

import org.hinterlandatlas.model.Bilingual;

/** A quiz was asked of a set with too few features to make its questions; the message says so in both languages. */
public final class EmptyQuizException extends Exception {

    private final transient Bilingual bilingual;

    public EmptyQuizException(Bilingual message) {
        super(message.en());
        this.bilingual = message;
    }

    public Bilingual bilingual() {
        return bilingual;
    }
}
