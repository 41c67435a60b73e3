// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.shell;

import javafx.beans.property.ObjectProperty;
import org.hinterlandatlas.ui.theme.Theme;

/**
 * What the window's menus ask of the application around it: the theme (set it and the window is rebuilt in
 * it), the preferences dialog and forgetting every preference.
 */
public record DesktopActions(ObjectProperty<Theme> theme, Runnable openPreferences, Runnable resetPreferences) {
}
