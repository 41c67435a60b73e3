// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where data files come from: the classpath in the application, a folder in tests. Paths are relative and
 * use '/', e.g. "geodata/thematic/places.geojson".
 */
public interface DataFiles {

    /** Opens a file, or throws {@link java.io.FileNotFoundException} when it does not exist. */
    InputStream open(String path) throws IOException;
}
