// SPDX-License-Identifier: GPL-3.0-or-later
package org.hinterlandatlas.tools.geodata;

/** A bilingual label. */
record Name(String zh, String en) {
}
