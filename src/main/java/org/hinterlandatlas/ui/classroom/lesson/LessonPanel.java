// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.classroom.lesson;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.collections.ObservableList;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.hinterlandatlas.model.LessonStep;
import org.hinterlandatlas.words.Messages;

/**
 * The Lesson tab: the steps of the lesson, to add the current map to, rename (double-click or F2), reorder
 * (drag, or Alt+↑/↓), duplicate and delete, with the notes of the selected step below. Every edit goes
 * through the {@link LessonViewModel} and so can be undone.
 */
public final class LessonPanel extends VBox {

    private final LessonViewModel lessons;
    private final Messages messages;
    private final ObservableList<LessonStep> steps = FXCollections.observableArrayList();
    private final ListView<LessonStep> list = new ListView<>(steps);
    private boolean syncing;

    public LessonPanel(LessonActions actions, Messages messages) {
        this.lessons = actions.lessons();
        this.messages = messages;
        getStyleClass().add("lesson-panel");
        setId("lesson-panel");
        setSpacing(6);

        Label title = new Label();
        title.getStyleClass().add("lesson-title");
        title.setWrapText(true);
        title.setPadding(new Insets(0, 8, 0, 8));
        title.textProperty().bind(Bindings.createStringBinding(() -> lessons.lesson().title().get(messages.language())
                + (lessons.dirtyProperty().get() ? " *" : ""), lessons.lessonProperty(), lessons.dirtyProperty()));
        title.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                ask(messages.get("lesson.renameLesson"), lessons.lesson().title().get(messages.language()))
                        .ifPresent(lessons::renameLesson);
            }
        });

        Button add = button("lesson.add", actions::addCurrentMap);
        Button duplicate = button("lesson.duplicate", () -> lessons.duplicate(selected()));
        Button delete = button("lesson.delete", () -> lessons.delete(selected()));
        Button up = button("lesson.up", () -> lessons.move(selected(), selected() - 1));
        Button down = button("lesson.down", () -> lessons.move(selected(), selected() + 1));
        Button undo = button("lesson.undo", lessons::undo);
        Button redo = button("lesson.redo", lessons::redo);
        for (Button b : new Button[] {duplicate, delete, up, down}) {
            b.disableProperty().bind(lessons.selectedProperty().lessThan(0));
        }
        undo.disableProperty().bind(lessons.canUndoProperty().not());
        redo.disableProperty().bind(lessons.canRedoProperty().not());
        MenuButton recent = new MenuButton(messages.get("lesson.recent"));
        recent.setOnShowing(e -> fillRecent(recent, actions));
        ToolBar tools = new ToolBar(add, duplicate, delete, up, down, undo, redo);
        ToolBar files = new ToolBar(button("lesson.new", actions::newLesson), button("lesson.openDefault", actions::openDefault),
                recent);

        list.setId("lesson-steps");
        list.setAccessibleText(messages.get("lesson.steps.accessible"));
        list.setPlaceholder(new Label(messages.get("lesson.empty")));
        list.setCellFactory(l -> new StepCell());
        VBox.setVgrow(list, Priority.ALWAYS);
        list.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (!syncing) {
                lessons.select(now.intValue());
            }
        });
        list.setOnKeyPressed(e -> {
            int i = selected();
            if (i < 0) {
                return;
            }
            if (e.isAltDown() && e.getCode() == KeyCode.UP) {
                lessons.move(i, i - 1);
            } else if (e.isAltDown() && e.getCode() == KeyCode.DOWN) {
                lessons.move(i, i + 1);
            } else if (e.getCode() == KeyCode.F2) {
                rename(i);
            } else if (e.getCode() == KeyCode.DELETE) {
                lessons.delete(i);
            } else {
                return;
            }
            e.consume();
        });

        TextArea notes = new TextArea();
        notes.setId("lesson-notes");
        notes.setPromptText(messages.get("lesson.notes.prompt"));
        notes.setWrapText(true);
        notes.setPrefRowCount(5);
        notes.disableProperty().bind(lessons.selectedProperty().lessThan(0));
        // the notes are the step's as they are typed (a save never misses them); a run of typing undoes as one
        notes.textProperty().addListener((o, was, text) -> {
            if (!syncing && selected() >= 0) {
                lessons.editNotes(selected(), text);
            }
        });
        Runnable refresh = () -> {
            syncing = true;
            steps.setAll(lessons.lesson().steps());
            int i = lessons.selectedProperty().get();
            if (i < 0) {
                list.getSelectionModel().clearSelection();
            } else {
                list.getSelectionModel().select(i);
                list.scrollTo(i);
            }
            String stepNotes = lessons.selectedStep().map(s -> s.notes().get(messages.language())).orElse("");
            // the text typed is the step's already: setting it again would move the caret
            if (!stepNotes.equals(notes.getText())) {
                notes.setText(stepNotes);
            }
            syncing = false;
        };
        lessons.lessonProperty().addListener((o, was, now) -> refresh.run());
        lessons.selectedProperty().addListener((o, was, now) -> refresh.run());
        refresh.run();

        getChildren().addAll(files, title, tools, list, new Label(messages.get("lesson.notes")), notes);
    }

    private int selected() {
        return lessons.selectedProperty().get();
    }

    private Button button(String key, Runnable action) {
        Button button = new Button(messages.get(key));
        button.setId(key.replace('.', '-'));
        button.setTooltip(new Tooltip(messages.get(key + ".tip")));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void rename(int index) {
        LessonStep step = lessons.lesson().steps().get(index);
        ask(messages.get("lesson.rename"), caption(step)).ifPresent(text -> lessons.rename(index, text));
    }

    private java.util.Optional<String> ask(String header, String current) {
        TextInputDialog dialog = new TextInputDialog(current);
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setHeaderText(header);
        dialog.setTitle(header);
        return dialog.showAndWait().filter(text -> !text.isBlank());
    }

    private String caption(LessonStep step) {
        String caption = step.caption().get(messages.language());
        return caption.isBlank() ? step.map().title().get(messages.language()) : caption;
    }

    private void fillRecent(MenuButton recent, LessonActions actions) {
        recent.getItems().setAll(RecentLessonsMenu.items(actions, messages));
    }

    /** A step's number and caption; double-click renames; dragging it onto another step moves it there. */
    private final class StepCell extends ListCell<LessonStep> {

        StepCell() {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !isEmpty()) {
                    rename(getIndex());
                }
            });
            setOnDragDetected(e -> {
                if (!isEmpty()) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(String.valueOf(getIndex()));
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof StepCell) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(e -> {
                boolean done = false;
                if (e.getGestureSource() instanceof StepCell source && !source.isEmpty()) {
                    int to = isEmpty() ? steps.size() - 1 : getIndex();
                    lessons.move(source.getIndex(), to);
                    done = true;
                }
                e.setDropCompleted(done);
                e.consume();
            });
        }

        @Override
        protected void updateItem(LessonStep step, boolean empty) {
            super.updateItem(step, empty);
            setText(empty || step == null ? null : (getIndex() + 1) + ". " + caption(step));
        }
    }
}
