// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.scene.control.DialogPane;
import org.hinterlandatlas.model.MapLayerId;
import org.hinterlandatlas.ui.shell.MainWindow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The atlas opens where the teacher left it, and a corrupt preference is told, never a crash. */
class PreferencesFlowTest {

    private final FxRobot robot = new FxRobot();

    @Test
    void theLastViewAndLayersComeBackAndAnUnusableThemeIsToldAndForgotten() throws Exception {
        // given preferences kept by an earlier run, one of them corrupt
        Preferences kept = RunningAtlas.preferences();
        kept.clear();
        kept.put("view.last", "phase-third-front");
        kept.put("layers", "PROVINCES,RIVERS,NODES");
        kept.put("theme", "PURPLE");
        kept.put("window.width", "wide");
        kept.flush();

        AtlasApp app = RunningAtlas.startOnKeptPreferences();
        try {
            MainWindow window = app.window();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.model().shownProperty().get() != null);
            // then the atlas shows the phase shown last with the layers then on
            assertEquals("phase-third-front", window.model().shownProperty().get().id());
            Set<MapLayerId> layers = EnumSet.of(MapLayerId.PROVINCES, MapLayerId.RIVERS, MapLayerId.NODES);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Set.copyOf(window.model().layers()).equals(layers));
            // and says, in its language, which preferences it could not use
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#preference-notice").tryQuery().isPresent());
            DialogPane notice = robot.lookup("#preference-notice").queryAs(DialogPane.class);
            assertTrue(notice.getContentText().contains("“theme”") && notice.getContentText().contains("PURPLE"),
                    notice.getContentText());
            assertTrue(notice.getContentText().contains("“window.width”"), notice.getContentText());
            RunningAtlas.saveScreenshot(robot, notice, "preferences-notice.png");
            assertTrue(window.getStyleClass().stream().noneMatch(c -> c.startsWith("theme-")));
            robot.interact(() -> ((javafx.stage.Stage) notice.getScene().getWindow()).close());
        } finally {
            RunningAtlas.stop(app);
        }
        // and once closed, the unusable value is no longer kept; the view still is
        kept.sync();
        assertFalse(kept.get("theme", "").equals("PURPLE"));
        assertEquals("phase-third-front", kept.get("view.last", ""));
    }
}
