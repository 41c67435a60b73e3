// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.util.Set;
import org.hinterlandatlas.figure.Figure;
import org.hinterlandatlas.figure.FigureSpec;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.model.Language;

/**
 * What a figure shows, fixed when the export dialog opens: the map as it is on screen, or a chart or map of
 * the evidence. The dialog asks it for the page in any language and greys out furniture it does not have.
 */
public interface FigureSubject {

    /** The title the figure has unless the teacher edits it. */
    String defaultTitle(Language language);

    /** The furniture that makes sense on this figure; the dialog offers only these. */
    Set<Furniture> furniture();

    /** The file name offered when saving, without extension. */
    String fileName();

    /** The figure for a spec, its words in the spec's language. */
    Figure figure(FigureSpec spec);
}
