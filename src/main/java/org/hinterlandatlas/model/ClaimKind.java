// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.model;

/** A comparative advantage (§三(一)) or a weak link (§三(二)). */
public enum ClaimKind {
    STRENGTH, WEAK_LINK
}
