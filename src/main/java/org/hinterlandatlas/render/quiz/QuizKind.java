// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.render.quiz;

/** The two kinds of question: click where the named feature is, or name the highlighted one of four. */
public enum QuizKind {
    LOCATE, IDENTIFY
}
