// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.prefs;

import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;
import org.hinterlandatlas.model.Language;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.theme.Theme;

/**
 * Edit ▸ Preferences: the language, the theme and the defaults of a figure. The window's place, the last
 * view and the layers are remembered as the atlas is used, with nothing to set.
 */
public final class PreferencesDialog {

    private static final List<Integer> DPIS = List.of(150, 300, 600);

    /** What the teacher chose. */
    public record Choices(Language language, Theme theme, Optional<Path> exportFolder, Paper paper, int dpi,
                          Set<Furniture> furniture) {
    }

    private PreferencesDialog() {
    }

    public static Optional<Choices> show(Window owner, AtlasPreferences preferences, Theme theme, Messages messages) {
        Dialog<Choices> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get("prefs.title"));
        dialog.getDialogPane().setId("preferences-dialog");
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(dialog.getDialogPane().getStyleClass()::add);
        }
        ChoiceBox<Language> language = choice("prefs-language", List.of(Language.values()), messages.language(),
                l -> messages.of("menu.language", l), messages.get("prefs.language"));
        ChoiceBox<Theme> themes = choice("prefs-theme", List.of(Theme.values()), theme,
                t -> messages.of("theme", t), messages.get("prefs.theme"));
        TextField folder = new TextField(preferences.exportFolder().map(Path::toString).orElse(""));
        folder.setId("prefs-export-folder");
        folder.setPromptText(messages.get("prefs.exportFolder.none"));
        folder.setAccessibleText(messages.get("prefs.exportFolder"));
        Button browse = new Button(messages.get("prefs.browse"));
        browse.setAccessibleText(messages.get("prefs.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(messages.get("prefs.exportFolder"));
            File chosen = chooser.showDialog(dialog.getDialogPane().getScene().getWindow());
            if (chosen != null) {
                folder.setText(chosen.getPath());
            }
        });
        HBox.setHgrow(folder, Priority.ALWAYS);
        ChoiceBox<Paper> paper = choice("prefs-paper", List.of(Paper.values()), preferences.paper(),
                p -> p == Paper.CUSTOM ? messages.get("figure.dialog.paper.custom") : p.label(), messages.get("prefs.paper"));
        List<Integer> dpis = DPIS.contains(preferences.dpi()) ? DPIS
                : java.util.stream.Stream.concat(DPIS.stream(), java.util.stream.Stream.of(preferences.dpi())).sorted().toList();
        ChoiceBox<Integer> dpi = choice("prefs-dpi", dpis, preferences.dpi(), d -> d + " DPI", messages.get("prefs.dpi"));
        Map<Furniture, CheckBox> furniture = new EnumMap<>(Furniture.class);
        FlowPane furnitureBoxes = new FlowPane(12, 6);
        for (Furniture item : Furniture.values()) {
            CheckBox box = new CheckBox(messages.of("figure.furniture", item));
            box.setSelected(preferences.furniture().contains(item));
            furniture.put(item, box);
            furnitureBoxes.getChildren().add(box);
        }
        furnitureBoxes.setPrefWrapLength(420);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.setPadding(new Insets(8));
        int row = 0;
        grid.addRow(row++, label(messages, "prefs.language", language), language);
        grid.addRow(row++, label(messages, "prefs.theme", themes), themes);
        grid.addRow(row++, label(messages, "prefs.exportFolder", folder), new HBox(6, folder, browse));
        grid.addRow(row++, label(messages, "prefs.paper", paper), paper);
        grid.addRow(row++, label(messages, "prefs.dpi", dpi), dpi);
        grid.addRow(row++, new Label(messages.get("prefs.furniture")), furnitureBoxes);
        Label remembered = new Label(messages.get("prefs.remembered"));
        remembered.setWrapText(true);
        remembered.setMaxWidth(520);
        grid.add(remembered, 0, row, 2, 1);
        dialog.getDialogPane().setContent(grid);

        ButtonType ok = new ButtonType(messages.get("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, cancel);
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            Set<Furniture> kept = EnumSet.noneOf(Furniture.class);
            furniture.forEach((item, box) -> {
                if (box.isSelected()) {
                    kept.add(item);
                }
            });
            Optional<Path> exportFolder = folder.getText().isBlank() ? Optional.empty() : parse(folder.getText());
            return new Choices(language.getValue(), themes.getValue(), exportFolder, paper.getValue(), dpi.getValue(), kept);
        });
        return dialog.showAndWait();
    }

    /** Help ▸ Reset preferences asks first: it forgets the window's place, the last view and every choice. */
    public static boolean confirmReset(Window owner, Messages messages) {
        ButtonType reset = new ButtonType(messages.get("prefs.reset.confirm"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, messages.get("prefs.reset.text"), reset, cancel);
        alert.initOwner(owner);
        alert.setTitle(messages.get("menu.help.resetPreferences"));
        alert.setHeaderText(null);
        if (owner != null && owner.getScene() != null) {
            alert.getDialogPane().getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        return alert.showAndWait().filter(reset::equals).isPresent();
    }

    private static Optional<Path> parse(String text) {
        try {
            return Optional.of(Path.of(text.trim()));
        } catch (java.nio.file.InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Label label(Messages messages, String key, javafx.scene.Node control) {
        Label label = new Label(messages.get(key));
        label.setLabelFor(control);
        return label;
    }

    private static <T> ChoiceBox<T> choice(String id, List<T> values, T selected,
                                           java.util.function.Function<T, String> words, String accessibleText) {
        ChoiceBox<T> box = new ChoiceBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setValue(selected);
        box.setAccessibleText(accessibleText);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        });
        return box;
    }
}
