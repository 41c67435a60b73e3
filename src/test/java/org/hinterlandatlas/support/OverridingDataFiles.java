// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.support;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataFiles;

/** The shipped data with some files replaced or removed: how the bad-input tests break one thing at a time. */
public final class OverridingDataFiles implements DataFiles {

    private final DataFiles shipped = new ClasspathDataFiles();
    private final Map<String, String> replaced = new HashMap<>();

    /** Replaces a file's text by a function of its shipped text. */
    public OverridingDataFiles edit(String path, UnaryOperator<String> change) throws IOException {
        try (InputStream in = shipped.open(path)) {
            replaced.put(path, change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        return this;
    }

    public OverridingDataFiles remove(String path) {
        replaced.put(path, null);
        return this;
    }

    @Override
    public InputStream open(String path) throws IOException {
        if (replaced.containsKey(path)) {
            String text = replaced.get(path);
            if (text == null) {
                throw new FileNotFoundException(path);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        }
        return shipped.open(path);
    }
}
