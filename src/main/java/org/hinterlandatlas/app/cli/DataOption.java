// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.hinterlandatlas.data.ClasspathDataFiles;
import org.hinterlandatlas.data.DataFiles;
import org.hinterlandatlas.data.DirectoryDataFiles;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir}, as the window has it: content, geodata and styles from a folder laid out like the
 * classpath, so a content author can make figures of edited files without rebuilding.
 */
public final class DataOption {

    /** The option's name. */
    static final String NAME = "--data-dir";

    @Option(names = NAME, paramLabel = "FOLDER",
            descriptionKey = "cli.help.dataDir")
    private Path dataDir;

    /** No folder: picocli sets it when the option is given. */
    public DataOption() {
    }

    /** The option as read without picocli ({@link PlainArguments}). */
    DataOption(Path dataDir) {
        this.dataDir = dataDir;
    }

    /**
     * The data to load. A folder that is not there is the option's mistake, told as such: otherwise the
     * first file looked for in it would be reported missing, as if the folder were only incomplete.
     */
    public DataFiles files() throws UsageError {
        if (dataDir == null) {
            return new ClasspathDataFiles();
        }
        if (!Files.exists(dataDir)) {
            throw new UsageError("cli.noDataFolder", dataDir.toString());
        }
        if (!Files.isDirectory(dataDir)) {
            throw new UsageError("cli.dataNotAFolder", dataDir.toString());
        }
        return new DirectoryDataFiles(dataDir);
    }
}
