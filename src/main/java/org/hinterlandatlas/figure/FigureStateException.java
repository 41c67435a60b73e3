// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure;

import org.hinterlandatlas.model.Bilingual;

/** A file that carries no atlas view, or one that cannot be read; the message names the problem in both languages. */
public final class FigureStateException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual problem;

    public FigureStateException(Bilingual problem) {
        super(problem.en());
        this.problem = problem;
    }

    public FigureStateException(Bilingual problem, Throwable cause) {
        super(problem.en(), cause);
        this.problem = problem;
    }

    public Bilingual problem() {
        return problem;
    }
}
