// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import org.hinterlandatlas.model.Bilingual;
import org.hinterlandatlas.words.Messages;

/** Tells the teacher, once and without stopping the lesson, what of their preferences could not be used. */
public final class PreferenceNotice {

    private PreferenceNotice() {
    }

    public static void show(Node over, List<Bilingual> notices, Messages messages) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "",
                new ButtonType(messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.setTitle(messages.get("prefs.notice.title"));
        alert.setHeaderText(messages.get("prefs.notice.header"));
        alert.setContentText(notices.stream().map(notice -> notice.get(messages.language()))
                .collect(Collectors.joining("\n")));
        alert.getDialogPane().setId("preference-notice");
        if (over.getScene() != null) {
            alert.initOwner(over.getScene().getWindow());
            alert.getDialogPane().getStylesheets().addAll(over.getScene().getStylesheets());
            over.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(alert.getDialogPane().getStyleClass()::add);
        }
        alert.show();
    }
}
