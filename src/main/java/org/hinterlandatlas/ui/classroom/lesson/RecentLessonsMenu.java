// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.hinterlandatlas.words.Messages;

/**
 * The items of File ▸ Open Recent Lesson and of the Lesson tab's Recent button: a lesson file per item,
 * newest first, then an item that clears the list; "no lesson opened yet" when it is empty.
 */
public final class RecentLessonsMenu {

    private RecentLessonsMenu() {
    }

    public static List<MenuItem> items(LessonActions actions, Messages messages) {
        List<MenuItem> items = new ArrayList<>();
        List<Path> files = actions.recent().files();
        for (int i = 0; i < files.size(); i++) {
            Path file = files.get(i);
            Path folder = file.getParent();
            // the number is the item's key; the folder tells apart two lessons of the same name
            MenuItem item = new MenuItem((i + 1) + "  " + file.getFileName()
                    + (folder == null ? "" : "  —  " + folder));
            item.setMnemonicParsing(false);
            item.setId("recent-lesson-" + i);
            item.setOnAction(e -> {
                if (actions.keepChanges()) {
                    actions.open(file);
                }
            });
            items.add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(messages.get("lesson.recent.none"));
            none.setId("recent-lesson-none");
            none.setDisable(true);
            items.add(none);
        } else {
            MenuItem clear = new MenuItem(messages.get("lesson.recent.clear"));
            clear.setId("recent-lesson-clear");
            clear.setOnAction(e -> actions.recent().clear());
            items.add(new SeparatorMenuItem());
            items.add(clear);
        }
        return items;
    }
}
