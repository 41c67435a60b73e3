// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/**
 * The area a city cluster is drawn as at the national scale: its provinces, or — for the economic circle,
 * whose member units the atlas knows — the circle's own extent, so the shading does not spill over the
 * prefectures and districts the Outline leaves out.
 */
public enum ClusterExtent {
    PROVINCES, CIRCLE
}
