// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * The rank of a place in the circle's network (§四(二)1 of the paper): main nodes, secondary nodes, the
 * other cities as tertiary nodes; places outside the circle are external.
 */
public enum Tier {
    CORE, SECONDARY, TERTIARY, EXTERNAL
}
