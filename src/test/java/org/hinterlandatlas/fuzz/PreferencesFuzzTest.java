// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.prefs.Preferences;
import org.hinterlandatlas.ui.prefs.AtlasPreferences;
import org.hinterlandatlas.ui.prefs.NodePreferenceStore;
import org.hinterlandatlas.ui.prefs.PreferenceStore;
import org.junit.jupiter.api.Test;

/**
 * Preferences never fail (decision 0027): mutated values, and mutated preference files read through the
 * JDK's own store, each give usable preferences — every choice read, with notices — and no exception at all.
 */
class PreferencesFuzzTest {

    /** The choices a teacher's atlas keeps, one a line as key=value. */
    private static final byte[] CHOICES = String.join("\n",
            "window.x=120.5", "window.y=80", "window.width=1280", "window.height=800", "window.maximised=false",
            "language=EN", "theme=DARK", "view.last=circle", "lesson.last=/home/teacher/week3.hlesson",
            "export.folder=/home/teacher/figures", "export.paper=A3", "export.dpi=600",
            "export.furniture=LEGEND,SCALE_BAR,NORTH_ARROW", "layers=PROVINCES,NODES,CIRCLE,FLOWS")
            .getBytes(StandardCharsets.UTF_8);

    private final AtomicInteger nodes = new AtomicInteger();

    @Test
    void mutatedValuesGiveUsablePreferences() {
        FuzzRun.Report report = FuzzRun.of("preferences", NeverThrown.class, input -> {
            Map<String, String> values = new LinkedHashMap<>();
            for (String line : new String(input, StandardCharsets.UTF_8).split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
            readEveryChoice(new MapStore(values));
        }).run(CHOICES);
        assertEquals(report.inputs(), report.loaded());
    }

    @Test
    void mutatedPreferenceFilesGiveUsablePreferences() throws Exception {
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")),
                ".java", ".userPrefs", "org");
        Preferences sample = Preferences.userRoot().node("org/hinterlandatlas-fuzz-sample");
        AtlasPreferences prefs = AtlasPreferences.read(new NodePreferenceStore(sample));
        prefs.setDpi(600);
        prefs.save();
        sample.flush();
        byte[] file = Files.readAllBytes(root.resolve("hinterlandatlas-fuzz-sample").resolve("prefs.xml"));
        sample.removeNode();
        FuzzRun.Report report = FuzzRun.of("preferences-file", NeverThrown.class, input -> {
            String name = "hinterlandatlas-fuzz-" + ProcessHandle.current().pid() + "-" + nodes.incrementAndGet();
            Files.write(Files.createDirectories(root.resolve(name)).resolve("prefs.xml"), input);
            Preferences node = Preferences.userRoot().node("org/" + name);
            try {
                readEveryChoice(new NodePreferenceStore(node));
            } finally {
                node.removeNode();
            }
        }).run(file);
        assertEquals(report.inputs(), report.loaded());
    }

    private static void readEveryChoice(PreferenceStore store) {
        AtlasPreferences prefs = AtlasPreferences.read(store);
        prefs.windowPlace();
        prefs.language();
        prefs.theme();
        prefs.lastView();
        prefs.lastLesson();
        prefs.exportFolder();
        prefs.paper();
        prefs.dpi();
        prefs.furniture();
        prefs.layers();
        prefs.notices();
        prefs.save();
    }

    /** No exception is a clear one here: preferences never fail. */
    private static final class NeverThrown extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static final class MapStore implements PreferenceStore {
        private final Map<String, String> values;

        MapStore(Map<String, String> values) {
            this.values = values;
        }

        @Override
        public Map<String, String> read() {
            return Map.copyOf(values);
        }

        @Override
        public void write(Map<String, String> written) {
            values.clear();
            values.putAll(written);
        }
    }
}
