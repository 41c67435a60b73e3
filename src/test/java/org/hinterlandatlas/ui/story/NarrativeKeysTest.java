// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.story;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** Which focused controls keep the presentation keys for themselves. */
class NarrativeKeysTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void controlsThatUseTheArrowsKeepThem() {
        assertTrue(NarrativeKeys.needsKey(new TextField(), KeyCode.LEFT));
        assertTrue(NarrativeKeys.needsKey(new Slider(), KeyCode.RIGHT));
        assertTrue(NarrativeKeys.needsKey(new ComboBox<String>(), KeyCode.PAGE_DOWN));
    }

    @Test
    void buttonsAndNothingFocusedLeaveThemToTheStory() {
        assertFalse(NarrativeKeys.needsKey(new Button(), KeyCode.RIGHT));
        assertFalse(NarrativeKeys.needsKey(new Button(), KeyCode.PAGE_UP));
        assertFalse(NarrativeKeys.needsKey(null, KeyCode.LEFT));
    }

    @Test
    void aVerticalListKeepsPagingButNotTheSideArrows() {
        ListView<String> vertical = new ListView<>();
        assertTrue(NarrativeKeys.needsKey(vertical, KeyCode.PAGE_DOWN));
        assertFalse(NarrativeKeys.needsKey(vertical, KeyCode.RIGHT));
        ListView<String> horizontal = new ListView<>();
        horizontal.setOrientation(Orientation.HORIZONTAL);
        assertTrue(NarrativeKeys.needsKey(horizontal, KeyCode.RIGHT));
    }
}
