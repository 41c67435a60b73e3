// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The installed launcher starts the window's JVM as the benchmarks measure it: every option of
 * {@code packaging/jvm/window.args} is one of jpackage's {@code --java-options}, and the other way round
 * (apart from the class-data archive the installer makes).
 */
class WindowJvmOptionsTest {

    private static final Pattern JAVA_OPTION = Pattern.compile("--java-options \"([^\"]*)\"");

    @Test
    void theLauncherCarriesExactlyTheWindowsOptions() throws IOException {
        List<String> window = Files.readAllLines(Path.of("packaging/jvm/window.args")).stream()
                .map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        Matcher matcher = JAVA_OPTION.matcher(Files.readString(Path.of("packaging/jpackage.args")));
        List<String> launcher = matcher.results().map(m -> m.group(1))
                .filter(option -> !option.startsWith("-Xshare") && !option.startsWith("-XX:SharedArchiveFile")).toList();
        assertEquals(window.stream().sorted().toList(), launcher.stream().sorted().toList());
    }
}
