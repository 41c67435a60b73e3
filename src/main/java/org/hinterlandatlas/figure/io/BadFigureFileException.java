// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import java.io.IOException;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/** A figure file's reader found it damaged or beyond a limit; the problem is told in both languages. */
final class BadFigureFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual problem;

    BadFigureFileException(String key, String... arguments) {
        this(Messages.bilingual(key, arguments), null);
    }

    BadFigureFileException(Bilingual problem, Throwable cause) {
        super(problem.en(), cause);
        this.problem = problem;
    }

    Bilingual problem() {
        return problem;
    }
}
