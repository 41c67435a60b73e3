// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tiles;

import org.hinterlandatlas.geo.TileId;

/**
 * Everything that changes a tile's pixels: its position and the style key (the style file's fingerprint
 * and the base layers switched on).
 */
public record TileKey(TileId tile, String styleKey) {
}
