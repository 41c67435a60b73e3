// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.ink;

import java.util.Locale;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.paint.Color;
import org.hinterlandatlas.words.Messages;

/**
 * The small bar over the map while ink mode is on: the tools, the colours, the widths, undo, redo, clear
 * and done. Every button has its name as a tooltip and for screen readers.
 */
final class InkToolBar extends HBox {

    private final InkViewModel ink;
    private final Button undo;
    private final Button redo;

    InkToolBar(InkViewModel ink, Messages messages, Runnable done) {
        super(4);
        this.ink = ink;
        setId("ink-toolbar");
        getStyleClass().add("ink-toolbar");
        getStylesheets().add(InkToolBar.class.getResource("/styles/classroom.css").toExternalForm());
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
        // a hidden bar must not hold the map wider than its place in the window (a stack pane is as wide as
        // its widest child's minimum); on a narrow map the bar's end is cut off instead
        setMinWidth(0);
        ToggleGroup tools = new ToggleGroup();
        for (InkTool tool : InkTool.values()) {
            ToggleButton button = new ToggleButton(messages.of("ink.tool", tool));
            button.setId("ink-tool-" + tool.name().toLowerCase(Locale.ROOT));
            button.setToggleGroup(tools);
            button.setSelected(tool == ink.tool());
            button.setOnAction(e -> {
                ink.setTool(tool);
                button.setSelected(true);
            });
            named(button, messages.of("ink.tool", tool));
            getChildren().add(button);
        }
        getChildren().add(new Separator(Orientation.VERTICAL));
        ToggleGroup colours = new ToggleGroup();
        for (int i = 0; i < InkViewModel.COLOURS.size(); i++) {
            String colour = InkViewModel.COLOURS.get(i);
            ToggleButton swatch = new ToggleButton();
            swatch.setGraphic(new Circle(7, Color.web(colour)));
            swatch.setId("ink-colour-" + i);
            swatch.setToggleGroup(colours);
            swatch.setOnAction(e -> ink.setColour(colour));
            named(swatch, messages.get("ink.colour." + i));
            getChildren().add(swatch);
        }
        getChildren().add(new Separator(Orientation.VERTICAL));
        ToggleGroup widths = new ToggleGroup();
        for (int i = 0; i < InkViewModel.WIDTHS.size(); i++) {
            double width = InkViewModel.WIDTHS.get(i);
            ToggleButton button = new ToggleButton();
            Line sample = new Line(0, 0, 16, 0);
            sample.setStrokeWidth(width);
            button.setGraphic(sample);
            button.setId("ink-width-" + i);
            button.setToggleGroup(widths);
            button.setSelected(width == ink.width());
            button.setOnAction(e -> ink.setWidth(width));
            named(button, messages.format("ink.width", (int) width));
            getChildren().add(button);
        }
        getChildren().add(new Separator(Orientation.VERTICAL));
        undo = button("ink-undo", messages.get("ink.undo"), ink::undo);
        redo = button("ink-redo", messages.get("ink.redo"), ink::redo);
        Button clear = button("ink-clear", messages.get("ink.clear"), ink::clear);
        Region gap = new Region();
        gap.setMinWidth(6);
        Button close = button("ink-done", messages.get("ink.done"), done);
        getChildren().addAll(undo, redo, clear, gap, close);
        ink.addListener(this::refresh);
        refresh();
    }

    private void refresh() {
        undo.setDisable(!ink.canUndo());
        redo.setDisable(!ink.canRedo());
        getChildren().stream().filter(n -> n instanceof ToggleButton).map(n -> (ToggleButton) n).forEach(b -> {
            String id = b.getId();
            if (id.startsWith("ink-colour-")) {
                b.setSelected(InkViewModel.COLOURS.get(Integer.parseInt(id.substring(11))).equals(ink.colour()));
            }
        });
    }

    private static Button button(String id, String text, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setOnAction(e -> action.run());
        named(button, text);
        return button;
    }

    private static void named(ButtonBase button, String name) {
        button.setTooltip(new Tooltip(name));
        button.setAccessibleText(name);
        // the bar's buttons keep the keyboard off them, so the map keeps the clicker's keys
        button.setFocusTraversable(false);
    }
}
