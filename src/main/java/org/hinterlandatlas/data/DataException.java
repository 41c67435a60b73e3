// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;

/**
 * A data file the atlas cannot use, with what a teacher or content author needs to fix it: the file,
 * the feature or entry, and the problem in both languages.
 */
public final class DataException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String entry;
    private final Bilingual problem;

    public DataException(String file, String entry, Bilingual problem) {
        this(file, entry, problem, null);
    }

    public DataException(String file, String entry, Bilingual problem, Throwable cause) {
        super(format(file, entry, problem, Language.EN), cause);
        this.file = file;
        this.entry = entry;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** The feature or entry at fault, or the empty string when the whole file is. */
    public String entry() {
        return entry;
    }

    public Bilingual problem() {
        return problem;
    }

    /** "geodata/thematic/places.geojson, feature "chengdu": longitude 204.1 is outside -180..180". */
    public String describe(Language language) {
        return format(file, entry, problem, language);
    }

    private static String format(String file, String entry, Bilingual problem, Language language) {
        Messages words = Messages.of(language);
        return entry.isEmpty() ? words.format("data.problem.inFile", file, problem.get(language))
                : words.format("data.problem.inEntry", file, entry, problem.get(language));
    }
}
