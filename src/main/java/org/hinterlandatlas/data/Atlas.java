// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.data;

import org.hinterlandatlas.geo.BaseMapData;
import org.hinterlandatlas.model.AtlasContent;

/** Everything the atlas shows, loaded and checked: the authored content and the base map. */
public record Atlas(AtlasContent content, BaseMapData baseMap) {
}
