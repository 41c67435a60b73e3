// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** How the paper states a number: exactly, as a lower bound (超, 突破, 以上) or as "nearly" (近). */
public enum Qualifier {
    EXACT, OVER, NEARLY
}
