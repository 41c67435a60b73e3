// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.Preferences;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.theme.Theme;
import java.nio.file.Files;
import org.hinterlandatlas.model.Bilingual;
import org.junit.jupiter.api.Test;

/** The teacher's choices come back as they were kept; unusable ones give the defaults and a notice. */
class AtlasPreferencesTest {

    private final MemoryPreferenceStore store = new MemoryPreferenceStore();

    @Test
    void everyChoiceComesBackAfterARestart() {
        AtlasPreferences prefs = AtlasPreferences.read(store);
        prefs.setWindowPlace(new AtlasPreferences.WindowPlace(40, 60, 1200, 760, true));
        prefs.setLanguage(Language.EN);
        prefs.setTheme(Theme.HIGH_CONTRAST);
        prefs.setLastView("phase-third-front");
        prefs.setLastLesson(Path.of("/home/teacher/lesson.json"));
        prefs.setExportFolder(Path.of("/home/teacher/figures"));
        prefs.setPaper(Paper.SLIDE_16_9);
        prefs.setDpi(150);
        prefs.setFurniture(EnumSet.of(Furniture.TITLE, Furniture.NOTICE));
        prefs.setLayers(EnumSet.of(MapLayerId.PROVINCES, MapLayerId.HISTORY));
        assertEquals(Optional.empty(), prefs.save());

        AtlasPreferences again = AtlasPreferences.read(store);
        assertEquals(Optional.of(new AtlasPreferences.WindowPlace(40, 60, 1200, 760, true)), again.windowPlace());
        assertEquals(Optional.of(Language.EN), again.language());
        assertEquals(Theme.HIGH_CONTRAST, again.theme());
        assertEquals(Optional.of("phase-third-front"), again.lastView());
        assertEquals(Optional.of(Path.of("/home/teacher/lesson.json")), again.lastLesson());
        assertEquals(Optional.of(Path.of("/home/teacher/figures")), again.exportFolder());
        assertEquals(Paper.SLIDE_16_9, again.paper());
        assertEquals(150, again.dpi());
        assertEquals(EnumSet.of(Furniture.TITLE, Furniture.NOTICE), again.furniture());
        assertEquals(Optional.of(Set.of(MapLayerId.PROVINCES, MapLayerId.HISTORY)), again.layers());
        assertTrue(again.notices().isEmpty());
    }

    @Test
    void nothingStoredGivesTheDefaults() {
        AtlasPreferences prefs = AtlasPreferences.read(store);
        assertEquals(Optional.empty(), prefs.windowPlace());
        assertEquals(Optional.empty(), prefs.language());
        assertEquals(Theme.LIGHT, prefs.theme());
        assertEquals(Paper.A4, prefs.paper());
        assertEquals(300, prefs.dpi());
        assertEquals(EnumSet.allOf(Furniture.class), prefs.furniture());
        assertTrue(prefs.notices().isEmpty());
    }

    @Test
    void corruptValuesFallBackToTheDefaultsWithANoticeEach() {
        store.values.put("window.x", "left");
        store.values.put("window.y", "10");
        store.values.put("window.width", "1e400");
        store.values.put("window.height", "700");
        store.values.put("theme", "PURPLE");
        store.values.put("export.dpi", "5000");
        store.values.put("export.paper", "");
        store.values.put("layers", "RIVERS,NOT_A_LAYER");
        store.values.put("language", "\u0000");
        AtlasPreferences prefs = AtlasPreferences.read(store);

        assertEquals(Optional.empty(), prefs.windowPlace());
        assertEquals(Theme.LIGHT, prefs.theme());
        assertEquals(300, prefs.dpi());
        assertEquals(Paper.A4, prefs.paper());
        assertEquals(Optional.empty(), prefs.layers());
        assertEquals(Optional.empty(), prefs.language());
        String told = prefs.notices().toString();
        for (String key : new String[] {"window.x", "theme", "export.dpi", "export.paper", "layers", "language"}) {
            assertTrue(told.contains("\"" + key + "\"") && told.contains("“" + key + "”"), key + " in " + told);
        }
        // once forgotten, the unusable values are not stored again
        prefs.save();
        assertTrue(!store.values.containsKey("theme") && !store.values.containsKey("export.dpi"), store.values.toString());
    }

    @Test
    void anUnreadableOrUnwritableStoreIsToldAndTheAtlasCarriesOn() {
        store.values.put("theme", "DARK");
        store.unreadable = true;
        AtlasPreferences prefs = AtlasPreferences.read(store);
        assertEquals(Theme.LIGHT, prefs.theme());
        assertTrue(prefs.notices().get(0).en().contains("cannot be read") && prefs.notices().get(0).en().contains("permission denied"));

        store.unwritable = true;
        prefs.setTheme(Theme.DARK);
        assertTrue(prefs.save().orElseThrow().zh().contains("无法保存偏好设置"));
    }

    @Test
    void theUsersNodeKeepsThemToo() throws Exception {
        // the real store, on the node the tests point at target/prefs
        Preferences node = Preferences.userRoot().node("org/hinterlandatlas-test");
        try {
            NodePreferenceStore real = new NodePreferenceStore(node);
            AtlasPreferences prefs = AtlasPreferences.read(real);
            prefs.setTheme(Theme.DARK);
            prefs.setDpi(600);
            assertEquals(Optional.empty(), prefs.save());
            AtlasPreferences again = AtlasPreferences.read(real);
            assertEquals(Theme.DARK, again.theme());
            assertEquals(600, again.dpi());
        } finally {
            node.removeNode();
        }
    }

    @Test
    void aReadOnlyStoreIsToldAtTheStartOnceInBothLanguages() {
        MemoryPreferenceStore store = new MemoryPreferenceStore();
        store.values.put("theme", "DARK");
        store.unwritable = true;
        AtlasPreferences prefs = AtlasPreferences.read(store);
        assertEquals(Theme.DARK, prefs.theme(), "a read-only store is still read");
        assertEquals(1, prefs.notices().size());
        assertTrue(prefs.notices().get(0).en().contains("cannot be kept"), prefs.notices().get(0).en());
        assertTrue(prefs.notices().get(0).zh().contains("无法保存偏好设置"), prefs.notices().get(0).zh());
        prefs.setDpi(600);
        assertEquals(Optional.empty(), prefs.save(), "told once, not at every save");
        store.unwritable = false;
        assertEquals(Optional.empty(), prefs.save());
        store.unwritable = true;
        assertTrue(prefs.save().isPresent(), "a store that worked and fails again is told again");
    }

    @Test
    void aDamagedFileThatTheJdkPutAsideIsToldNamingBothFiles() throws Exception {
        String name = "hinterlandatlas-damaged-" + ProcessHandle.current().pid();
        Path root = Path.of(System.getProperty("java.util.prefs.userRoot", System.getProperty("user.home")),
                ".java", ".userPrefs");
        Path file = Files.createDirectories(root.resolve("org").resolve(name)).resolve("prefs.xml");
        Files.writeString(file, "<?xml version=\"1.0\"?><map><entry key=\"theme\" value=\"DARK\"");
        Preferences node = Preferences.userRoot().node("org/" + name);
        try {
            AtlasPreferences prefs = AtlasPreferences.read(new NodePreferenceStore(node));
            assertEquals(Theme.LIGHT, prefs.theme());
            Bilingual notice = prefs.notices().get(0);
            assertTrue(notice.en().contains(file.toString()) && notice.en().contains("IncorrectFormatPrefs.xml")
                    && notice.en().contains("damaged"), notice.en());
            assertTrue(notice.zh().contains("已损坏") && notice.zh().contains(file.toString()), notice.zh());
            assertEquals(1, prefs.notices().size());
        } finally {
            node.removeNode();
        }
    }
}
