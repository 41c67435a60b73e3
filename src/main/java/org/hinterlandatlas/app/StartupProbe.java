// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Platform;

/**
 * The start-up benchmark's measurement ({@code -Datlas.startupProbe=FILE}): the wall-clock times, in
 * milliseconds since the epoch, of the first frame that shows the map whole ({@link FirstMapFrame}) and of the
 * first frame with every panel of the window in it, one a line, written to the file; the atlas then exits.
 * The one who launched the process subtracts its launch time: the JVM's own idea of when its process started
 * is rounded on Linux (to the boot time's whole second) and was up to a second early.
 */
final class StartupProbe {

    static final String PROPERTY = "atlas.startupProbe";

    private long mapDrawn;

    static boolean enabled() {
        return System.getProperty(PROPERTY) != null;
    }

    /** The map has been drawn whole; call on the FX thread, before the panels are put in. */
    void mapDrawn() {
        mapDrawn = System.currentTimeMillis();
    }

    /** The panels are in the window: writes both times once their first frame has been rendered, and exits. */
    void panelsShown() {
        FirstMapFrame.afterNextFrame(() -> {
            try {
                Files.writeString(Path.of(System.getProperty(PROPERTY)),
                        mapDrawn + "\n" + System.currentTimeMillis() + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Platform.exit();
        });
    }
}
