// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * Why an external place is on the map. Circle nodes have role {@link #NODE}; a {@link #SITE} is a place a
 * measure of the paper names (a resource base, a zone), located at the precision its feature states;
 * historic sites of the story (Third Front plants, places of earlier phases) are drawn only on the history
 * layer.
 */
public enum PlaceRole {
    NODE, POLE, PORT, BORDER_CROSSING, HUB, STOP, SITE, HISTORIC_SITE
}
