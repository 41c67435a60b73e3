// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.DirectoryDataFiles;
import org.hinterlandatlas.model.Language;

/**
 * The command-line options of the window: the language (when given, it wins over the remembered one), the
 * named view to open on, and an optional folder of data laid out like the classpath, which lets a content
 * author try edited files without rebuilding.
 */
record StartupOptions(Optional<Language> language, String viewId, DataFiles dataFiles) {

    static StartupOptions from(Map<String, String> named) {
        Optional<Language> language = Optional.ofNullable(named.get("lang"))
                .map(lang -> "en".equalsIgnoreCase(lang) ? Language.EN : Language.ZH);
        String dir = named.get("data-dir");
        DataFiles files = dir == null ? new ClasspathDataFiles() : new DirectoryDataFiles(Path.of(dir));
        return new StartupOptions(language, named.getOrDefault("view", "circle"), files);
    }
}
