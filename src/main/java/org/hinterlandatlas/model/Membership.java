// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** How a prefecture or district belongs to the economic circle under the 2021 Outline. */
public enum Membership {
    FULL, PARTIAL, NONE
}
