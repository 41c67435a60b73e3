// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** The part a city cluster plays in the national centre–periphery structure. */
public enum ClusterRole {
    COASTAL_POLE, HINTERLAND_CLUSTER, HINTERLAND_CORE
}
