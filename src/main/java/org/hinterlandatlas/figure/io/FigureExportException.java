// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.figure.io;

import org.hinterlandatlas.model.Bilingual;

/** A figure that could not be written; the message names the file and the problem in both languages. */
public final class FigureExportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Bilingual problem;

    public FigureExportException(Bilingual problem, Throwable cause) {
        super(problem.en(), cause);
        this.problem = problem;
    }

    public Bilingual problem() {
        return problem;
    }
}
