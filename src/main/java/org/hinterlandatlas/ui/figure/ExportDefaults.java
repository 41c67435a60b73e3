// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.ui.figure;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.hinterlandatlas.figure.Furniture;
import org.hinterlandatlas.figure.Paper;

/** What an export starts from when the teacher has chosen it (Edit ▸ Preferences): folder, paper, DPI, furniture. */
public record ExportDefaults(Optional<Path> folder, Paper paper, int dpi, Set<Furniture> furniture) {
}
