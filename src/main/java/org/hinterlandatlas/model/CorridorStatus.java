// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** Whether a corridor runs, is being built, or is only planned. */
public enum CorridorStatus {
    OPERATING, UNDER_CONSTRUCTION, PLANNED
}
