// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.data.DataException;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;

/**
 * What the window shows instead of the map when the data cannot be loaded: the file, the entry and the
 * problem in words, in both languages — never a stack trace and never a half-drawn map.
 */
public final class StartupErrorView extends VBox {

    public StartupErrorView(DataException problem) {
        this(problem.file(), problem.entry(), problem.problem().zh(), problem.problem().en(), "error.intro");
    }

    /** For failures that are not about a data file: the message only, the rest is in the log. */
    public static StartupErrorView unexpected(String message) {
        return new StartupErrorView("", "", message, message, "error.unexpected");
    }

    /** A mistake in the window's options that only the loaded data reveals, such as an unknown view. */
    public static StartupErrorView badOption(String problemZh, String problemEn) {
        return new StartupErrorView("", "", problemZh, problemEn, "error.option");
    }

    private StartupErrorView(String file, String entry, String problemZh, String problemEn, String introKey) {
        setId("startup-error");
        getStyleClass().add("startup-error");
        setSpacing(14);
        setPadding(new Insets(32));
        for (Language language : Language.values()) {
            Messages messages = Messages.of(language);
            Label title = new Label(messages.get("error.title"));
            title.getStyleClass().add("error-title");
            Label intro = new Label(messages.get(introKey));
            intro.setWrapText(true);
            GridPane facts = new GridPane();
            facts.setHgap(10);
            facts.setVgap(4);
            int row = 0;
            if (!file.isEmpty()) {
                facts.addRow(row++, new Label(messages.get("error.file")), value(file));
            }
            if (!entry.isEmpty()) {
                facts.addRow(row++, new Label(messages.get("error.entry")), value(entry));
            }
            facts.addRow(row, new Label(messages.get("error.problem")),
                    value(language == Language.ZH ? problemZh : problemEn));
            getChildren().addAll(title, intro, facts);
        }
    }

    private static Label value(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add("error-value");
        return label;
    }
}
