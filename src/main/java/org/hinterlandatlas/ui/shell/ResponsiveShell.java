// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.hinterlandatlas.words.Messages;
import org.hinterlandatlas.ui.map.AtlasMapView;

/**
 * Lays the window out for its width as {@link ShellLayout} says: wide, the narrative and the map tools stand
 * beside the map; narrow, the narrative is as wide as the map can spare and the tools become a drawer over
 * the map's right edge, opened and closed by a tab on that edge (or View ▸ Map tools). Whenever the tools are
 * not to be seen, the map draws its own legend and details cards.
 */
final class ResponsiveShell {

    private static final double DRAWER_TOP = 48;
    private static final String DRAWER_STYLE = "tools-drawer";

    private final BorderPane window;
    private final Region narrative;
    private final Region tools;
    private final AtlasMapView map;
    private final BooleanProperty narrativeShown;
    private final BooleanProperty toolsShown;
    private final StackPane centre;
    private final Button drawerTab = new Button();
    private ShellLayout layout;
    /** Whether the window has been laid out at its real width yet. */
    private boolean sized;
    private boolean keepChoices;

    ResponsiveShell(BorderPane window, Region narrative, Region tools, AtlasMapView map,
                    BooleanProperty narrativeShown, BooleanProperty toolsShown, Messages messages) {
        this.window = window;
        this.narrative = narrative;
        this.tools = tools;
        this.map = map;
        this.narrativeShown = narrativeShown;
        this.toolsShown = toolsShown;
        drawerTab.setId("tools-drawer-tab");
        drawerTab.getStyleClass().add("drawer-tab");
        drawerTab.setFocusTraversable(false);
        drawerTab.setTooltip(new Tooltip(messages.get("shell.drawer.tooltip")));
        drawerTab.setOnAction(e -> toolsShown.set(!toolsShown.get()));
        drawerTab.textProperty().bind(javafx.beans.binding.Bindings.when(toolsShown)
                .then(messages.get("shell.drawer.close")).otherwise(messages.get("shell.drawer.open")));
        StackPane.setAlignment(tools, Pos.CENTER_RIGHT);
        // the drawer opens below the map's top row, so its tab stays in reach
        StackPane.setMargin(tools, new Insets(DRAWER_TOP, 0, 0, 0));
        centre = new StackPane(map);
        // the window, not its contents, decides the height: at 1024×768 the status bar must stay on screen
        centre.setMinSize(0, 0);
        map.setMinSize(0, 0);
        narrative.setMinHeight(0);
        tools.setMinHeight(0);
        // beside the north arrow, where the map's corner is kept clear of labels and cards
        map.addMapControl(drawerTab, Pos.TOP_RIGHT, new Insets(12, 52, 0, 0));
        window.setCenter(centre);
        narrativeShown.addListener((o, was, shown) -> apply());
        toolsShown.addListener((o, was, shown) -> apply());
        window.widthProperty().addListener((o, was, width) -> resize(width.doubleValue()));
        resize(window.getWidth() > 0 ? window.getWidth() : ShellLayout.DOCKED_FROM);
    }

    /** The panels' shown states were carried over from an earlier window: the first real width keeps them. */
    void keepChoices() {
        keepChoices = true;
    }

    /** The layout in use: docked or with drawers, and the panels' widths. */
    ShellLayout layout() {
        return layout;
    }

    private void resize(double width) {
        ShellLayout next = ShellLayout.forWidth(width);
        boolean first = !sized && window.getWidth() > 0;
        sized |= first;
        if (next.equals(layout) && !first) {
            return;
        }
        boolean modeChanged = layout == null || layout.docked() != next.docked() || first && !keepChoices;
        layout = next;
        fixWidth(narrative, layout.narrativeWidth());
        fixWidth(tools, layout.toolsWidth());
        if (modeChanged) {
            // a narrow window starts with the drawer closed, so the map keeps its share
            toolsShown.set(layout.docked());
        }
        apply();
    }

    private static void fixWidth(Region region, double width) {
        region.setMinWidth(width);
        region.setPrefWidth(width);
        region.setMaxWidth(width);
    }

    private void apply() {
        if (layout == null) {
            return;
        }
        window.setLeft(narrativeShown.get() ? narrative : null);
        centre.getChildren().setAll(map);
        tools.getStyleClass().remove(DRAWER_STYLE);
        if (layout.docked()) {
            window.setRight(toolsShown.get() ? tools : null);
        } else {
            tools.getStyleClass().add(DRAWER_STYLE);
            window.setRight(null);
            if (toolsShown.get()) {
                centre.getChildren().add(tools);
            }
        }
        drawerTab.setVisible(!layout.docked());
        map.cardsShownProperty().set(!toolsShown.get());
    }
}
