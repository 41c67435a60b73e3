// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data files in a folder laid out like the classpath (content/, geodata/, styles/). */
public final class DirectoryDataFiles implements DataFiles {

    private final Path root;

    public DirectoryDataFiles(Path root) {
        this.root = root;
    }

    @Override
    public InputStream open(String path) throws IOException {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException(path);
        }
        return Files.newInputStream(file);
    }
}
