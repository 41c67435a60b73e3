// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** Why an external place is on the map. Circle nodes have role {@link #NODE}. */
public enum PlaceRole {
    NODE, POLE, PORT, BORDER_CROSSING, HUB, STOP
}
