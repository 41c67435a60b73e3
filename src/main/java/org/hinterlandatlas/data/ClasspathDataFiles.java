// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/** The data bundled with the application: resources/ and geodata/ are on the classpath. */
public final class ClasspathDataFiles implements DataFiles {

    @Override
    public InputStream open(String path) throws IOException {
        InputStream in = ClasspathDataFiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new FileNotFoundException(path);
        }
        return in;
    }
}
